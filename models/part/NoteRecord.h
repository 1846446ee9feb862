#pragma once

#include <QString>

namespace cc {

// A remark of a source about a part, by topic.
struct NoteRecord
{
    QString topic;
    QString text;
};

} // namespace cc
