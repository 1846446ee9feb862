#pragma once

#include <QString>

namespace cc {

// The part's class in one classification scheme (eCl@ss, ETIM).
struct ClassificationRecord
{
    QString scheme; // 'eCl@ss' or 'ETIM'
    QString version;
    QString code;
};

} // namespace cc
