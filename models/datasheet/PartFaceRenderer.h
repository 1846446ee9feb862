#pragma once

#include <QImage>

namespace cc {

struct PartRecord;

// Draws the mating face of a plug or socket as the datasheet shows it: the
// body in the part's colour, one contact per pole with its marking, and the
// coding letter on the coding key. What the data does not state is drawn as
// an outline and labelled "not known", never guessed.
class PartFaceRenderer
{
public:
    // Whether the part is a connector with a face to draw.
    static bool hasFace(const PartRecord &record);
    // `width` in device pixels; the height follows the part's proportions.
    static QImage render(const PartRecord &record, int width, qreal devicePixelRatio = 1.0);
};

} // namespace cc
