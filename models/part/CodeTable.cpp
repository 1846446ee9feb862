#include "models/part/CodeTable.h"

#include "models/part/PartTr.h"

namespace cc {

CodeTable::CodeTable(QList<Entry> entries)
    : m_entries(std::move(entries))
{
    for (const Entry &entry : std::as_const(m_entries))
        m_codes.append(QString::fromLatin1(entry.code));
}

QString CodeTable::label(const QString &code) const
{
    const qsizetype index = m_codes.indexOf(code);
    return index < 0 ? code : PartTr::tr(m_entries.at(index).label);
}

QString CodeTable::englishLabel(const QString &code) const
{
    const qsizetype index = m_codes.indexOf(code);
    return index < 0 ? code : QString::fromLatin1(m_entries.at(index).label);
}

QString CodeTable::title(const QString &code) const
{
    QString text = label(code);
    if (!text.isEmpty() && contains(code))
        text[0] = text.at(0).toUpper();
    return text;
}

QString CodeTable::folded(const QString &spelling)
{
    QString text = spelling.trimmed().toCaseFolded();
    for (QChar &c : text) {
        if (c == QLatin1Char('-') || c == QLatin1Char('_'))
            c = QLatin1Char(' ');
    }
    return text.simplified();
}

QString CodeTable::codeFor(const QString &spelling) const
{
    const QString wanted = folded(spelling);
    if (wanted.isEmpty())
        return {};
    for (const Entry &entry : m_entries) {
        if (wanted == folded(QString::fromLatin1(entry.code))
            || wanted == folded(QString::fromLatin1(entry.label)))
            return QString::fromLatin1(entry.code);
        for (const QString &other : entry.spellings) {
            if (wanted == folded(other))
                return QString::fromLatin1(entry.code);
        }
    }
    return {};
}

QString CodeTable::codeForEtim(const QString &etimCode) const
{
    const QString wanted = etimCode.trimmed().toUpper();
    if (wanted.isEmpty())
        return {};
    for (const Entry &entry : m_entries) {
        if (entry.etimCodes.contains(wanted))
            return QString::fromLatin1(entry.code);
    }
    return {};
}

QStringList CodeTable::etimCodes(const QString &code) const
{
    const qsizetype index = m_codes.indexOf(code);
    return index < 0 ? QStringList() : m_entries.at(index).etimCodes;
}

QStringList CodeTable::spellings(const QString &code) const
{
    const qsizetype index = m_codes.indexOf(code);
    if (index < 0)
        return {};
    return QStringList{QString::fromLatin1(m_entries.at(index).label)}
        + m_entries.at(index).spellings;
}

QString CodeTable::codeList() const
{
    return m_codes.join(QStringLiteral(", "));
}

} // namespace cc
