#pragma once

#include <QString>

namespace cc {

// One failed mating condition: a stable code and a user-facing sentence.
struct MatingReason
{
    enum class Code { Family, Gender, Poles, Coding, NotAConnector };

    Code code = Code::Family;
    QString message;
    // The part the reason is about (NOT_A_CONNECTOR); empty when it is
    // about the two parts together.
    QString itemNumber;

    // 'FAMILY', 'GENDER', 'POLES', 'CODING' or 'NOT_A_CONNECTOR'.
    static QString codeName(Code code)
    {
        switch (code) {
        case Code::Family:
            return QStringLiteral("FAMILY");
        case Code::Gender:
            return QStringLiteral("GENDER");
        case Code::Poles:
            return QStringLiteral("POLES");
        case Code::Coding:
            return QStringLiteral("CODING");
        case Code::NotAConnector:
            return QStringLiteral("NOT_A_CONNECTOR");
        }
        return {};
    }
    QString codeName() const { return codeName(code); }
};

} // namespace cc
