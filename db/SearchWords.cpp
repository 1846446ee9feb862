#include "db/SearchWords.h"

namespace cc {

QStringList SearchWords::tokens(const QString &text)
{
    QStringList result;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            result << current.toLower();
            current.clear();
        }
    }
    if (!current.isEmpty())
        result << current.toLower();
    return result;
}

} // namespace cc
