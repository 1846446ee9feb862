#include "models/part/MatingKey.h"

namespace cc {

namespace {

// Folded text, or a null string when nothing is left.
QString keyOrNull(const QString &folded)
{
    return folded.isEmpty() ? QString() : folded;
}

} // namespace

QString MatingKey::family(const QString &family)
{
    QString text = family.normalized(QString::NormalizationForm_C);
    text.remove(QChar(0x00AE));
    return keyOrNull(text.simplified().toCaseFolded());
}

QString MatingKey::coding(const QString &coding)
{
    return keyOrNull(coding.normalized(QString::NormalizationForm_C).trimmed().toCaseFolded());
}

} // namespace cc
