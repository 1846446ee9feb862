#include "models/import/parser/DatasheetApprovalReader.h"

#include "models/part/ApprovalKinds.h"

#include "models/import/parser/DatasheetValue.h"

#include <QRegularExpression>

namespace cc {

namespace {

const QStringList &knownMarks()
{
    // Longer marks first, so that "DNV GL" wins over "DNV".
    static const QStringList marks {
        QStringLiteral("DNV GL"), QStringLiteral("KEMA-KEUR"), QStringLiteral("cCSAus"),
        QStringLiteral("cULus"),  QStringLiteral("cURus"),     QStringLiteral("ENEC"),
        QStringLiteral("UKCA"),   QStringLiteral("RINA"),      QStringLiteral("CCA"),
        QStringLiteral("CSA"),    QStringLiteral("VDE"),       QStringLiteral("DNV"),
        QStringLiteral("ABS"),    QStringLiteral("EAC"),       QStringLiteral("CCC"),
        QStringLiteral("CCS"),    QStringLiteral("PRS"),       QStringLiteral("UL"),
        QStringLiteral("LR"),     QStringLiteral("GL"),        QStringLiteral("BV"),
        QStringLiteral("NK"),     QStringLiteral("KR"),        QStringLiteral("RS"),
        QStringLiteral("KC"),     QStringLiteral("CE")
    };
    return marks;
}

QString optionalCell(const QStringList &cells, qsizetype index)
{
    if (index >= cells.size())
        return {};
    const QString value = DatasheetValue::cleaned(cells.at(index));
    return value.isEmpty() || value == u"-" ? QString() : value;
}

} // namespace

QString DatasheetApprovalReader::kindOfHeading(const QString &heading)
{
    const QString h = DatasheetValue::cleaned(heading);
    const CodeTable &kinds = ApprovalKinds::table();
    // "Declarations of conformity and manufacturer's declarations": the
    // heading starts with the kind's label.
    for (const QString &code : kinds.codes()) {
        const QString start = kinds.codeFor(h.left(kinds.englishLabel(code).size()));
        if (start == code)
            return code;
    }
    return kinds.codeFor(h);
}

QStringList DatasheetApprovalReader::cells(const QString &row)
{
    QStringList result = row.split(QLatin1Char('\t'));
    if (result.size() > 3 && DatasheetValue::cleaned(result.first()).isEmpty())
        result.removeFirst();
    while (result.size() > 1 && DatasheetValue::cleaned(result.last()).isEmpty()
           && result.size() > 3)
        result.removeLast();
    return result;
}

bool DatasheetApprovalReader::isHeaderRow(const QStringList &cells)
{
    return !cells.isEmpty()
        && (DatasheetValue::cleaned(cells.first()) == u"Logo"
            || (cells.size() >= 3 && DatasheetValue::cleaned(cells.first()) == u"Approval"));
}

QStringList DatasheetApprovalReader::splitMark(const QString &approval)
{
    static const QRegularExpression declaration(
        QStringLiteral("^(.*?(?:Declaration of Conformity|manufacturer's declaration))\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString cell = DatasheetValue::cleaned(approval);
    if (const QRegularExpressionMatch m = declaration.match(cell); m.hasMatch())
        return { m.captured(1), m.captured(2) };
    for (const QString &mark : knownMarks()) {
        if (cell == mark)
            return { mark, QString() };
        if (cell.startsWith(mark + QLatin1Char(' ')))
            return { mark, cell.mid(mark.size() + 1).trimmed() };
    }
    return { QString(), cell };
}

bool DatasheetApprovalReader::lacksIssuer(const QString &approval)
{
    const QStringList parts = splitMark(approval);
    return !parts.at(0).isEmpty() && parts.at(1).isEmpty();
}

std::optional<ApprovalRecord> DatasheetApprovalReader::read(const QStringList &cells,
                                                            const QString &kind)
{
    static const QRegularExpression ulMark(QStringLiteral("^c?U[LR](?:us)?$"));
    if (cells.size() < 2)
        return std::nullopt;
    const QStringList markIssuer = splitMark(cells.at(0));
    ApprovalRecord record;
    record.mark = markIssuer.at(0);
    record.issuer = markIssuer.at(1);
    if (record.issuer.isEmpty())
        return std::nullopt;
    record.kind = kind.isEmpty() ? QStringLiteral("general") : kind;
    if (ulMark.match(record.mark).hasMatch()
        || record.issuer.contains(u"Underwriters Laboratories", Qt::CaseInsensitive))
        record.kind = QStringLiteral("ul");
    if (cells.size() == 2) {
        record.certificate = optionalCell(cells, 1);
    } else {
        record.standard = optionalCell(cells, 1);
        QStringList rest = cells.mid(2);
        record.certificate = optionalCell({ rest.join(QLatin1Char(' ')) }, 0);
    }
    // Certificate numbers hold no spaces; the PDF text breaks them ("71- 123228").
    if (!record.certificate.isNull())
        record.certificate.remove(QLatin1Char(' '));
    return record;
}

} // namespace cc
