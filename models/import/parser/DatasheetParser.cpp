#include "models/import/parser/DatasheetParser.h"

#include "models/import/parser/DatasheetApprovalReader.h"
#include "models/import/parser/DatasheetRelationReader.h"
#include "models/import/parser/DatasheetRowMapper.h"
#include "models/import/parser/DatasheetText.h"
#include "models/import/parser/DatasheetValue.h"
#include "models/import/parser/DescriptionParser.h"

#include <QRegularExpression>
#include <optional>

namespace cc {

namespace {

enum class Section { Header, Prose, Data, Approvals, Relations, Downloads, Installation, Family };
enum class Sub { None, Note, Legend, Resistance };

struct Heading
{
    Section section = Section::Data;
    Sub sub = Sub::None;
    QString name; // the heading as written, without "**" labels
    QString label; // "Required accessories**Cover**" -> "Cover"
    QString ratingStandard;
    QString approvalKind;
    QString relation;
    std::optional<bool> required;
};

struct PendingRow
{
    DatasheetLine line;
    QStringList cells;
    bool approval = false;
    // The last continuation line, kept apart while it may still start the
    // name of the next row ("Continuous operating" / page break / "temperature").
    std::optional<DatasheetLine> tail;
};

void commitTail(PendingRow &row)
{
    if (!row.tail)
        return;
    QStringList &cells = row.cells;
    const QString text = DatasheetValue::cleaned(row.tail->text);
    row.tail.reset();
    if (row.approval && !cells.isEmpty() && DatasheetApprovalReader::lacksIssuer(cells.first()))
        cells.first() += QLatin1Char(' ') + text;
    else if (cells.size() < 2)
        cells.append(text);
    else
        cells.last() += QLatin1Char(' ') + text;
}

QStringList cellsOf(const QString &text)
{
    return text.split(QLatin1Char('\t'));
}

bool hasValueCells(const QStringList &cells)
{
    for (qsizetype i = 1; i < cells.size(); ++i) {
        if (!DatasheetValue::cleaned(cells.at(i)).isEmpty())
            return true;
    }
    return false;
}

bool isSeparatorRow(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[\\s\\-–—=_|]+$"));
    return text.contains(QLatin1Char('-')) && re.match(text).hasMatch();
}

bool isLinkLine(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\[[^\\]]*\\]\\([^)]*\\)$"));
    return re.match(text.trimmed()).hasMatch();
}

std::optional<Heading> headingOf(const QString &text, Section current)
{
    const QStringList cells = cellsOf(text);
    if (hasValueCells(cells))
        return std::nullopt;
    QStringList parts = cells.first().split(QStringLiteral("**"), Qt::SkipEmptyParts);
    for (QString &part : parts)
        part = DatasheetValue::cleaned(part);
    parts.removeAll(QString());
    if (parts.isEmpty() || parts.first().size() > 80)
        return std::nullopt;
    Heading h;
    h.name = parts.first();
    h.label = parts.value(1);
    const QString key = h.name.toLower();
    static const QStringList dataSections { QStringLiteral("data"),
                                            QStringLiteral("technical data"),
                                            QStringLiteral("electrical data"),
                                            QStringLiteral("connection data"),
                                            QStringLiteral("physical data"),
                                            QStringLiteral("mechanical data"),
                                            QStringLiteral("plug-in connection"),
                                            QStringLiteral("material data"),
                                            QStringLiteral("environmental requirements"),
                                            QStringLiteral("commercial data"),
                                            QStringLiteral("general information") };
    static const QStringList downloadSections {
        QStringLiteral("downloads"),        QStringLiteral("documentation"),
        QStringLiteral("bid text"),         QStringLiteral("cad/cae-data"),
        QStringLiteral("cae data"),         QStringLiteral("cad data"),
        QStringLiteral("compliance search")
    };
    static const QRegularExpression connection(QStringLiteral("^connection [0-9]{1,2}$"));
    if (key == u"item description") {
        h.section = Section::Prose;
    } else if (dataSections.contains(key) || connection.match(key).hasMatch()) {
        h.section = Section::Data;
    } else if (key == u"environmental product compliance") {
        h.section = current == Section::Downloads ? Section::Downloads : Section::Data;
    } else if (key.startsWith(u"ratings per ")) {
        h.ratingStandard = h.name.mid(12).trimmed();
    } else if (key.startsWith(u"legend")) {
        h.sub = Sub::Legend;
    } else if (key == u"note on contact resistance") {
        h.sub = Sub::Resistance;
    } else if (key == u"note" || key.startsWith(u"note ")) {
        h.sub = Sub::Note;
    } else if (key == u"approvals / certificates" || key == u"approvals") {
        h.section = Section::Approvals;
        h.approvalKind = QStringLiteral("general");
    } else if (const QString kind = DatasheetApprovalReader::kindOfHeading(key); !kind.isNull()) {
        h.section = Section::Approvals;
        h.approvalKind = kind;
    } else if (key == u"counterpart" || key == u"counterparts") {
        h.section = Section::Relations;
        h.relation = QStringLiteral("counterpart");
    } else if (key == u"required accessories" || key == u"optional accessories"
               || key == u"accessories") {
        h.section = Section::Relations;
        h.relation = QStringLiteral("accessory");
        if (key != u"accessories")
            h.required = key.startsWith(u"required");
    } else if (downloadSections.contains(key)) {
        h.section = Section::Downloads;
    } else if (key == u"installation notes" || key == u"installation instructions") {
        h.section = Section::Installation;
    } else if (key == u"product family") {
        h.section = Section::Family;
    } else {
        return std::nullopt;
    }
    return h;
}

// One run of the parser over one text.
class Run
{
public:
    Run(DatasheetParseResult *result, const QString &fileName)
        : m_result(result)
        , m_fileName(fileName)
        , m_mapper(&result->part, &result->warnings)
        , m_relations(result)
    {
    }

    void read(const QList<DatasheetLine> &lines);
    void finish(bool endsWithFooter, int lastLine);

private:
    void readLine(const DatasheetLine &line);
    bool readGlobal(const DatasheetLine &line);
    void enter(const Heading &heading);
    void readHeader(const DatasheetLine &line);
    void readData(const DatasheetLine &line);
    void readApprovals(const DatasheetLine &line);
    void readDownloads(const DatasheetLine &line);
    void readInstallation(const DatasheetLine &line);
    void readFamily(const DatasheetLine &line);
    bool continuesPending(const DatasheetLine &line) const;
    void flushPending();
    void flushNote();
    void flushOrphan();
    void unplace(const DatasheetLine &line, const QString &reason);
    void setDescription(const QString &description);

    DatasheetParseResult *m_result;
    QString m_fileName;
    DatasheetRowMapper m_mapper;
    DatasheetRelationReader m_relations;
    Section m_section = Section::Header;
    Sub m_sub = Sub::None;
    QString m_approvalKind = QStringLiteral("general");
    std::optional<PendingRow> m_pending;
    std::optional<DatasheetLine> m_orphan;
    bool m_blank = false; // a blank line since the last content line
    // Header
    bool m_headerSeen = false;
    bool m_inDescription = false;
    QString m_description;
    // Notes under a "Note ..." sub-heading, and installation notes
    QString m_noteName;
    int m_noteLine = 0;
    QStringList m_noteParagraphs;
    bool m_familyRead = false;
    int m_dataRows = 0;
};

void Run::read(const QList<DatasheetLine> &lines)
{
    for (const DatasheetLine &line : lines) {
        if (line.text.isEmpty()) {
            m_blank = true;
            if (m_inDescription)
                m_inDescription = false;
            continue;
        }
        readLine(line);
        m_blank = false;
    }
}

void Run::unplace(const DatasheetLine &line, const QString &reason)
{
    m_result->unplaced.append(UnplacedLine { line.number, line.text, reason });
}

bool Run::continuesPending(const DatasheetLine &line) const
{
    if (!m_pending || line.text.contains(QLatin1Char('\t')))
        return false;
    if (m_blank && !line.afterPageBreak)
        return false;
    return !headingOf(line.text, m_section) && !DatasheetRelationReader::isItemLine(line.text);
}

void Run::readLine(const DatasheetLine &line)
{
    if (continuesPending(line)) {
        commitTail(*m_pending);
        m_pending->tail = line;
        return;
    }
    DatasheetLine current = line;
    if (m_pending && m_pending->tail && !m_pending->approval && m_section == Section::Data
        && (!m_blank || line.afterPageBreak)) {
        QStringList cells = cellsOf(line.text);
        const QString name = m_pending->tail->text + QLatin1Char(' ') + cells.first();
        if (cells.size() > 1 && !m_mapper.knows(cells.first()) && m_mapper.knows(name)) {
            cells.first() = name;
            current.number = m_pending->tail->number;
            current.text = cells.join(QLatin1Char('\t'));
            m_pending->tail.reset();
        }
    }
    flushPending();
    if (readGlobal(current))
        return;
    if (const std::optional<Heading> heading = headingOf(current.text, m_section)) {
        if (m_section != Section::Relations || heading->section != Section::Data
            || heading->sub != Sub::None) {
            enter(*heading);
            return;
        }
    }
    switch (m_section) {
    case Section::Header:
        readHeader(current);
        break;
    case Section::Prose:
        if (hasValueCells(cellsOf(current.text)))
            unplace(current, QStringLiteral("a table row in a prose section"));
        break;
    case Section::Data:
        readData(current);
        break;
    case Section::Approvals:
        readApprovals(current);
        break;
    case Section::Relations:
        m_relations.readLine(current, m_blank);
        break;
    case Section::Downloads:
        readDownloads(current);
        break;
    case Section::Installation:
        readInstallation(current);
        break;
    case Section::Family:
        readFamily(current);
        break;
    }
}

// Lines that mean the same in every section.
bool Run::readGlobal(const DatasheetLine &line)
{
    static const QRegularExpression header(
        QStringLiteral("^Data\\s*sheet\\s*\\|\\s*Item\\s*(?:number|no\\.?)\\s*:?\\s*(\\S*)"),
        QRegularExpression::CaseInsensitiveOption);
    if (isSeparatorRow(line.text) || isLinkLine(line.text))
        return true;
    if (const QRegularExpressionMatch m = header.match(line.text); m.hasMatch()) {
        const QString item = m.captured(1);
        if (!m_headerSeen && !item.isEmpty()) {
            m_headerSeen = true;
            m_inDescription = true;
            m_result->part.set(PartField::ItemNumber, item);
            ++m_result->fieldsRead;
        } else if (item != m_result->part.itemNumber()) {
            unplace(line, QStringLiteral("a second item number"));
        }
        return true;
    }
    // The short description repeats above some pages.
    if (!m_description.isEmpty() && !m_inDescription
        && DescriptionParser::normalized(line.text) == m_description)
        return true;
    return false;
}

void Run::enter(const Heading &heading)
{
    flushNote();
    flushOrphan();
    if (m_section == Section::Relations)
        m_relations.finish();
    m_inDescription = false;
    if (heading.section == Section::Data && m_section != Section::Data
        && heading.sub != Sub::None) {
        // A data sub-heading outside the data sections starts them.
        m_section = Section::Data;
    } else if (heading.sub == Sub::None && heading.ratingStandard.isEmpty()) {
        m_section = heading.section;
    }
    m_sub = heading.sub;
    if (!heading.ratingStandard.isEmpty()) {
        m_section = Section::Data;
        m_mapper.setRatingStandard(heading.ratingStandard);
    }
    if (heading.sub == Sub::Note) {
        m_noteName = heading.name;
        m_noteLine = 0;
    }
    if (heading.section == Section::Approvals)
        m_approvalKind = heading.approvalKind;
    if (heading.section == Section::Relations)
        m_relations.start(heading.relation, heading.required, heading.label);
    if (heading.section == Section::Installation)
        m_noteName.clear();
}

void Run::setDescription(const QString &description)
{
    m_description = DescriptionParser::normalized(description);
    const DescriptionFields parsed = DescriptionParser::parse(m_description);
    m_result->part.update(parsed.fields);
    m_result->part.set(PartField::Description, m_description);
    for (const QString &segment : parsed.unknownSegments) {
        m_result->warnings.append(
            QStringLiteral("\"%1\" in the short description was not read").arg(segment));
    }
}

void Run::readHeader(const DatasheetLine &line)
{
    static const QRegularExpression dateLine(
        QStringLiteral("^(?:Date|Version|Created(?: on)?|Status|As of|Stand)\\s*:?\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = DatasheetValue::cleaned(line.text);
    if (!m_headerSeen) {
        unplace(line, QStringLiteral("text before the datasheet header"));
        return;
    }
    if (DatasheetRelationReader::isUrl(text)) {
        m_inDescription = false;
        if (m_result->part.value(PartField::Url).isNull()) {
            m_result->part.set(PartField::Url, text);
            ++m_result->fieldsRead;
        } else {
            unplace(line, QStringLiteral("a second web address"));
        }
        return;
    }
    const QRegularExpressionMatch m = dateLine.match(text);
    const QDate date = m.hasMatch() ? DatasheetValue::date(m.captured(1))
        : text.size() < 40          ? DatasheetValue::date(text)
                                    : QDate();
    if (date.isValid()) {
        m_result->date = date;
        return;
    }
    if (m_inDescription && !line.text.contains(QLatin1Char('\t'))) {
        setDescription(m_description.isEmpty() ? text : m_description + QLatin1Char(' ') + text);
        return;
    }
    unplace(line, QStringLiteral("not part of the datasheet header"));
}

void Run::readData(const DatasheetLine &line)
{
    const QStringList cells = cellsOf(line.text);
    if (cells.size() > 1) {
        flushNote();
        m_sub = m_sub == Sub::Legend || m_sub == Sub::Resistance ? Sub::None : m_sub;
        if (m_sub == Sub::Note)
            m_sub = Sub::None;
        PendingRow row { line, cells, false, std::nullopt };
        if (m_orphan) {
            const QString name = m_orphan->text + QLatin1Char(' ') + cells.first();
            if ((!m_blank || line.afterPageBreak) && m_mapper.knows(name)) {
                row.cells.first() = name;
                row.line.number = m_orphan->number;
                row.line.text = m_orphan->text + QLatin1Char('\n') + line.text;
                m_orphan.reset();
            }
            flushOrphan();
        }
        m_pending = row;
        return;
    }
    switch (m_sub) {
    case Sub::Note:
        if (m_noteLine == 0)
            m_noteLine = line.number;
        if (m_blank || m_noteParagraphs.isEmpty())
            m_noteParagraphs.append(line.text.simplified());
        else
            m_noteParagraphs.last() += QLatin1Char(' ') + line.text.simplified();
        return;
    case Sub::Resistance:
        if (m_mapper.mapResistanceLine(line.text))
            ++m_result->fieldsRead;
        else
            unplace(line, QStringLiteral("no contact resistance in this line"));
        return;
    case Sub::Legend:
        if (!m_mapper.mapLegendLine(line.text))
            unplace(line, QStringLiteral("not a legend of the rating conditions"));
        return;
    case Sub::None:
        break;
    }
    flushOrphan();
    m_orphan = line;
}

void Run::flushOrphan()
{
    if (m_orphan)
        unplace(*m_orphan, QStringLiteral("a line without value in a data section"));
    m_orphan.reset();
}

void Run::flushPending()
{
    if (!m_pending)
        return;
    PendingRow row = *m_pending;
    m_pending.reset();
    commitTail(row);
    if (row.approval) {
        if (const std::optional<ApprovalRecord> approval
            = DatasheetApprovalReader::read(row.cells, m_approvalKind)) {
            m_result->part.approvals.append(*approval);
            ++m_result->fieldsRead;
            ++m_dataRows;
        } else {
            unplace(row.line, QStringLiteral("an approval row without issuer"));
        }
        return;
    }
    const QString name = row.cells.first();
    const QString value = row.cells.mid(1).join(QLatin1Char(' '));
    QString reason;
    if (m_mapper.mapRow(name, value, &reason)) {
        ++m_result->fieldsRead;
        ++m_dataRows;
    } else {
        unplace(row.line, reason);
    }
}

void Run::flushNote()
{
    if (m_noteParagraphs.isEmpty())
        return;
    const QString text = m_noteParagraphs.join(QLatin1Char('\n'));
    const QString name = m_noteName;
    const int lineNumber = m_noteLine;
    m_noteParagraphs.clear();
    m_noteLine = 0;
    if (m_section == Section::Installation) {
        m_result->installationNotes.append(
            NoteRecord { name.isEmpty() ? QStringLiteral("Installation notes") : name, text });
        return;
    }
    // "Information on material specifications can be found here": a link
    // whose target the text does not hold.
    if (text.endsWith(u"can be found here", Qt::CaseInsensitive)
        || text.endsWith(u"can be found here.", Qt::CaseInsensitive)) {
        m_result->unplaced.append(UnplacedLine {
            lineNumber, text, QStringLiteral("a reference to a document the text does not hold") });
        return;
    }
    m_mapper.addNote(name, text);
    ++m_result->fieldsRead;
}

void Run::readApprovals(const DatasheetLine &line)
{
    const QStringList cells = DatasheetApprovalReader::cells(line.text);
    if (cells.size() < 2) {
        unplace(line, QStringLiteral("neither an approval row nor a table heading"));
        return;
    }
    if (DatasheetApprovalReader::isHeaderRow(cells))
        return;
    m_pending = PendingRow { line, cells, true, std::nullopt };
}

void Run::readDownloads(const DatasheetLine &line)
{
    QStringList cells = cellsOf(line.text);
    for (QString &cell : cells)
        cell = DatasheetValue::cleaned(cell);
    cells.removeAll(QString());
    if (cells.size() < 2)
        return; // link labels ("URL", "Download") without a table
    DatasheetDownload download;
    download.lineNumber = line.number;
    download.title = cells.first();
    for (qsizetype i = 1; i < cells.size(); ++i) {
        const QDate date = DatasheetValue::date(cells.at(i));
        if (date.isValid() && !download.date.isValid())
            download.date = date;
        else if (cells.at(i) != u"Download" && download.format.isEmpty())
            download.format = cells.at(i);
    }
    m_result->downloads.append(download);
}

void Run::readInstallation(const DatasheetLine &line)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?:;,]$"));
    const QString text = line.text.simplified();
    if (hasValueCells(cellsOf(line.text))) {
        unplace(line, QStringLiteral("a table row in the installation notes"));
        return;
    }
    if (text.isEmpty())
        return;
    const bool heading = text.split(QLatin1Char(' ')).size() <= 5 && !text.at(0).isDigit()
        && !sentenceEnd.match(text).hasMatch();
    if (heading) {
        flushNote();
        m_noteName = text;
        return;
    }
    if (m_blank || m_noteParagraphs.isEmpty())
        m_noteParagraphs.append(text);
    else
        m_noteParagraphs.last() += QLatin1Char(' ') + text;
}

void Run::readFamily(const DatasheetLine &line)
{
    if (m_familyRead || line.text.contains(QLatin1Char('\t'))) {
        unplace(line, QStringLiteral("not a product family name"));
        return;
    }
    m_familyRead = true;
    m_mapper.setField(PartField::Family, DatasheetValue::cleaned(line.text),
                      QStringLiteral("Product family"));
    ++m_result->fieldsRead;
}

void Run::finish(bool endsWithFooter, int lastLine)
{
    flushPending();
    flushNote();
    flushOrphan();
    m_relations.finish();
    m_mapper.finish();
    PartRecord &part = m_result->part;
    part.origin = QStringLiteral("import");
    part.source = SourceRecord { m_fileName, QStringLiteral("datasheet"),
                                 QStringLiteral("Datasheet of %1").arg(part.itemNumber()),
                                 m_fileName, QString() };
    for (PartRecord &related : m_result->relatedParts)
        related.source = part.source;
    if (!m_headerSeen) {
        m_result->isDatasheet = false;
        m_result->error = QStringLiteral("%1 is not a datasheet: it has no line "
                                         "\"Data sheet | Item number: ...\".")
                              .arg(m_fileName);
        return;
    }
    m_result->isDatasheet = true;
    if (m_description.isEmpty()) {
        m_result->error = QStringLiteral("The datasheet %1 has no short description below its "
                                         "item number.")
                              .arg(m_fileName);
    } else if (m_dataRows == 0 && part.relations.isEmpty()) {
        m_result->error = QStringLiteral("The datasheet %1 holds no data rows.").arg(m_fileName);
    } else if (!endsWithFooter) {
        m_result->error = QStringLiteral("The datasheet %1 ends unexpectedly at line %2 without "
                                         "a page footer: the file seems truncated.")
                              .arg(m_fileName)
                              .arg(lastLine);
    }
}

} // namespace

DatasheetParseResult DatasheetParser::parse(const QByteArray &data, const QString &fileName)
{
    DatasheetParseResult result;
    QStringList lines;
    result.error = DatasheetText::decode(data, &lines);
    if (!result.error.isEmpty()) {
        result.error = QStringLiteral("%1: %2").arg(fileName, result.error);
        return result;
    }
    bool endsWithFooter = false;
    const QList<DatasheetLine> text = DatasheetText::withoutFooters(lines, &endsWithFooter);
    int lastLine = 0;
    for (const DatasheetLine &line : text) {
        if (!line.text.isEmpty())
            lastLine = line.number;
    }
    Run run(&result, fileName);
    run.read(text);
    run.finish(endsWithFooter, lastLine);
    return result;
}

} // namespace cc
