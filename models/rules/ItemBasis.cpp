#include "models/rules/ItemBasis.h"

#include "models/rules/RulesTr.h"

namespace cc {

QString ItemBasis::display() const
{
    switch (kind) {
    case Kind::Rule:
        return source.isEmpty() ? RulesTr::tr("rule") : RulesTr::tr("rule %1").arg(source);
    case Kind::Default:
        return RulesTr::tr("%1 (default)").arg(text);
    case Kind::User:
        return RulesTr::tr("%1 (your choice)").arg(text);
    }
    return text;
}

QString ItemBasis::ruleNote() const
{
    return source.isEmpty() ? text : QStringLiteral("%1: %2").arg(source, text);
}

QString ItemBasis::kindName() const
{
    switch (kind) {
    case Kind::Rule:
        return QStringLiteral("rule");
    case Kind::Default:
        return QStringLiteral("default");
    case Kind::User:
        return QStringLiteral("user");
    }
    return {};
}

} // namespace cc
