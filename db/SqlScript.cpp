#include "db/SqlScript.h"

namespace cc {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// The upper-cased word starting at `pos`, or an empty string.
QString wordAt(const QString &text, qsizetype pos)
{
    if (pos > 0 && isWordChar(text.at(pos - 1)))
        return {};
    qsizetype end = pos;
    while (end < text.size() && isWordChar(text.at(end)))
        ++end;
    return text.mid(pos, end - pos).toUpper();
}

// Only a trigger's BEGIN opens a body; BEGIN TRANSACTION is a statement.
bool isTrigger(const QString &statement)
{
    const QString simplified = statement.simplified().toUpper();
    return simplified.startsWith(QLatin1String("CREATE TRIGGER"))
        || simplified.startsWith(QLatin1String("CREATE TEMP TRIGGER"))
        || simplified.startsWith(QLatin1String("CREATE TEMPORARY TRIGGER"));
}

// The index of the closing '$' of a dollar-quote tag opening at `pos`, or
// -1 ($1 placeholders and the like are no tags).
qsizetype dollarTagEnd(const QString &text, qsizetype pos)
{
    if (pos > 0 && isWordChar(text.at(pos - 1)))
        return -1;
    qsizetype end = pos + 1;
    while (end < text.size() && (text.at(end).isLetter() || text.at(end) == QLatin1Char('_')))
        ++end;
    return end < text.size() && text.at(end) == QLatin1Char('$') ? end : -1;
}

} // namespace

QStringList SqlScript::statements(const QString &script)
{
    QStringList result;
    QString current;
    int blockDepth = 0; // BEGIN ... END of trigger bodies
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype close = script.indexOf(QStringLiteral("*/"), i + 2);
            i = close < 0 ? n : close + 1;
            current += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (j < n) {
                if (script.at(j) == c) {
                    if (j + 1 < n && script.at(j + 1) == c) { // doubled quote
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current += script.mid(i, j - i + 1);
            i = j;
            continue;
        }
        if (c == QLatin1Char('$')) {
            // A PostgreSQL dollar-quoted body ($$ ... $$ or $tag$ ... $tag$)
            // is kept as it is, semicolons included.
            const qsizetype tagEnd = dollarTagEnd(script, i);
            if (tagEnd > i) {
                const QString tag = script.mid(i, tagEnd - i + 1);
                const qsizetype close = script.indexOf(tag, tagEnd + 1);
                const qsizetype end = close < 0 ? n - 1 : close + tag.size() - 1;
                current += script.mid(i, end - i + 1);
                i = end;
                continue;
            }
        }
        if (c.isLetter()) {
            const QString word = wordAt(script, i);
            if (word == QLatin1String("CASE")
                || (word == QLatin1String("BEGIN") && isTrigger(current)))
                ++blockDepth;
            else if (word == QLatin1String("END") && blockDepth > 0)
                --blockDepth;
            if (!word.isEmpty()) {
                current += script.mid(i, word.size());
                i += word.size() - 1;
                continue;
            }
        }
        if (c == QLatin1Char(';') && blockDepth == 0) {
            if (!current.trimmed().isEmpty())
                result << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

} // namespace cc
