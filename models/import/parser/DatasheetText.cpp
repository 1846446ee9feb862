#include "models/import/parser/DatasheetText.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace cc {

namespace {

enum class FooterLine { None, Start, Strong, Last, Weak };

FooterLine footerKind(const QString &line)
{
    static const QRegularExpression contact(
        QStringLiteral("^(?:Phone|Tel\\.?|Fax|E-?mail|Web)\\s*:"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression company(QStringLiteral(
        "\\b(?:GmbH|KG|AG|Ltd\\.?|Inc\\.?|LLC|B\\.V\\.|S\\.A\\.|plc|Corp\\.?)(?=\\s|$)"));
    static const QRegularExpression street(
        QStringLiteral("^[^\\t0-9][^\\t]{1,60}\\s[0-9]{1,5}[a-zA-Z]?$"));
    static const QRegularExpression postcode(
        QStringLiteral("^(?:[A-Z]{1,3}-)?[0-9]{4,6}\\s+\\p{L}[\\p{L} .\\-]{0,40}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (line.startsWith(u"Subject to changes", Qt::CaseInsensitive))
        return FooterLine::Start;
    if (line.startsWith(u"We are always happy to take your call", Qt::CaseInsensitive))
        return FooterLine::Last;
    if (contact.match(line).hasMatch()
        || line.startsWith(u"Do you have any questions about our products", Qt::CaseInsensitive))
        return FooterLine::Strong;
    if (line.contains(QLatin1Char('\t')) || line.size() > 80)
        return FooterLine::None;
    if (company.match(line).hasMatch() || street.match(line).hasMatch()
        || postcode.match(line).hasMatch())
        return FooterLine::Weak;
    return FooterLine::None;
}

} // namespace

QString DatasheetText::decode(const QByteArray &data, QStringList *lines)
{
    if (data.isEmpty())
        return QStringLiteral("The file is empty.");
    if (data.size() > maxBytes) {
        return QStringLiteral("The file has %1 bytes; a datasheet text has at most %2 bytes.")
            .arg(data.size())
            .arg(maxBytes);
    }
    if (data.contains('\0'))
        return QStringLiteral("The file holds binary data (NUL bytes), not datasheet text.");
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return QStringLiteral("The file is not UTF-8 text (it holds invalid byte sequences).");
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    for (QChar &c : text) {
        if (c == u'\f' || c == u'\v')
            c = QLatin1Char(' ');
        else if (c.unicode() < 0x20 && c != u'\n' && c != u'\t')
            return QStringLiteral(
                "The file holds binary data (control characters), not datasheet text.");
    }
    if (text.trimmed().isEmpty())
        return QStringLiteral("The file is empty (it holds only white space).");
    *lines = text.split(QLatin1Char('\n'));
    return {};
}

QList<DatasheetLine> DatasheetText::withoutFooters(const QStringList &lines, bool *endsWithFooter)
{
    static const QRegularExpression outerSpaces(QStringLiteral("^[ \u00A0]+|[ \u00A0]+$"));
    QStringList trimmed;
    trimmed.reserve(lines.size());
    for (const QString &line : lines) {
        QString t = line;
        t.replace(outerSpaces, QString());
        trimmed.append(t.trimmed().isEmpty() ? QString() : t);
    }

    QList<DatasheetLine> result;
    bool pageBreak = false;
    bool lastWasFooter = false;
    const qsizetype count = trimmed.size();
    for (qsizetype i = 0; i < count; ++i) {
        const QString &line = trimmed.at(i);
        if (line.isEmpty()) {
            result.append(DatasheetLine { static_cast<int>(i + 1), QString(), false });
            continue;
        }
        const FooterLine kind = footerKind(line);
        if (kind == FooterLine::Start || kind == FooterLine::Strong || kind == FooterLine::Last) {
            // The footer runs on while its lines follow; weak lines (company,
            // street, town) count only when a strong line comes after them.
            qsizetype end = i;
            for (qsizetype j = i + 1; j < count && footerKind(trimmed.at(end)) != FooterLine::Last;
                 ++j) {
                if (trimmed.at(j).isEmpty())
                    continue;
                const FooterLine next = footerKind(trimmed.at(j));
                if (next == FooterLine::None || next == FooterLine::Start)
                    break;
                if (next != FooterLine::Weak)
                    end = j;
            }
            for (qsizetype k = i; k <= end; ++k)
                result.append(DatasheetLine { static_cast<int>(k + 1), QString(), false });
            i = end;
            pageBreak = true;
            lastWasFooter = true;
            continue;
        }
        result.append(DatasheetLine { static_cast<int>(i + 1), line, pageBreak });
        pageBreak = false;
        lastWasFooter = false;
    }
    if (endsWithFooter)
        *endsWithFooter = lastWasFooter;
    return result;
}

} // namespace cc
