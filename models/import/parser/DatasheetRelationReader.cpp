#include "models/import/parser/DatasheetRelationReader.h"

#include "models/import/parser/DatasheetValue.h"
#include "models/import/parser/DescriptionParser.h"
#include "models/part/PartFields.h"

#include <QRegularExpression>

namespace cc {

namespace {

const QRegularExpression &itemPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^Item\\s*(?:no\\.?|number)\\s*:?\\s*([0-9A-Za-z][0-9A-Za-z./\\-]*)(.*)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return re;
}

const QRegularExpression &urlPattern()
{
    static const QRegularExpression re(QStringLiteral("^(?:https?://)?www\\.[^\\s]+$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Splits "description www.example.com/1" or "description<TAB>url" into both parts.
void splitUrl(const QString &text, QString *description, QString *url)
{
    static const QRegularExpression trailing(
        QStringLiteral("(?:^|\\s)((?:https?://)?www\\.[^\\s]+)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    QString rest = text;
    rest.replace(QLatin1Char('\t'), QLatin1Char(' '));
    const QRegularExpressionMatch m = trailing.match(rest);
    if (m.hasMatch()) {
        *url = m.captured(1);
        rest = rest.left(m.capturedStart());
    }
    *description = rest.trimmed();
}

} // namespace

DatasheetRelationReader::DatasheetRelationReader(DatasheetParseResult *result)
    : m_result(result)
{
}

bool DatasheetRelationReader::isItemLine(const QString &text)
{
    return itemPattern().match(text).hasMatch();
}

bool DatasheetRelationReader::isUrl(const QString &text)
{
    return urlPattern().match(text.trimmed()).hasMatch();
}

void DatasheetRelationReader::start(const QString &relation, std::optional<bool> required,
                                    const QString &group)
{
    close();
    m_relation = relation;
    m_required = required;
    m_group = DatasheetValue::cleaned(group);
    m_expectGroup = m_group.isEmpty() && relation == u"accessory";
}

void DatasheetRelationReader::unplace(const DatasheetLine &line, const QString &reason)
{
    m_result->unplaced.append(UnplacedLine { line.number, line.text, reason });
}

void DatasheetRelationReader::takeDescription(const QString &text)
{
    QString description;
    QString url;
    splitUrl(text, &description, &url);
    if (!description.isEmpty()) {
        m_item->description = m_item->description.isEmpty()
            ? description
            : m_item->description + QLatin1Char(' ') + description;
    }
    if (!url.isEmpty())
        m_item->url = url;
}

void DatasheetRelationReader::readLine(const DatasheetLine &line, bool blankBefore)
{
    const QString text = line.text;
    if (const QRegularExpressionMatch m = itemPattern().match(text); m.hasMatch()) {
        close();
        m_item = Item { line.number, text, m.captured(1), QString(), QString() };
        takeDescription(m.captured(2));
        if (m_relation == u"accessory")
            m_expectGroup = true;
        return;
    }
    const QString trimmed = DatasheetValue::cleaned(text);
    if (isUrl(trimmed)) {
        if (m_item && m_item->url.isEmpty())
            m_item->url = trimmed;
        else
            unplace(line, QStringLiteral("a web address without an item"));
        return;
    }
    if (m_item && m_item->url.isEmpty() && (m_item->description.isEmpty() || !blankBefore)) {
        takeDescription(text);
        return;
    }
    // A heading: the group of the items below, or its sub-label.
    const QStringList cells = text.split(QLatin1Char('\t'));
    bool valueCells = false;
    for (qsizetype i = 1; i < cells.size(); ++i)
        valueCells = valueCells || !DatasheetValue::cleaned(cells.at(i)).isEmpty();
    const QString heading = DatasheetValue::cleaned(cells.first());
    if (valueCells || heading.contains(QLatin1Char(';')) || heading.size() > 60) {
        unplace(line, QStringLiteral("neither an item nor a group heading"));
        return;
    }
    close();
    if (m_expectGroup) {
        m_group = heading;
        m_expectGroup = false;
    }
}

void DatasheetRelationReader::close()
{
    if (!m_item)
        return;
    const Item item = *m_item;
    m_item.reset();
    if (item.description.isEmpty()) {
        m_result->unplaced.append(UnplacedLine { item.lineNumber, item.text,
                                                 QStringLiteral("an item without description") });
        return;
    }
    RelationRecord relation;
    relation.itemNumber = item.number;
    relation.relation = m_relation;
    if (m_relation == u"accessory") {
        relation.group = m_group;
        relation.required = m_required;
    }
    for (const RelationRecord &existing : std::as_const(m_result->part.relations)) {
        if (existing.itemNumber == relation.itemNumber && existing.relation == relation.relation)
            return;
    }
    m_result->part.relations.append(relation);
    ++m_result->fieldsRead;

    for (const PartRecord &existing : std::as_const(m_result->relatedParts)) {
        if (existing.itemNumber() == item.number)
            return;
    }
    const DescriptionFields parsed = DescriptionParser::parse(item.description);
    PartRecord part;
    part.update(parsed.fields);
    part.set(PartField::ItemNumber, item.number);
    part.set(PartField::Description, parsed.description);
    if (!item.url.isEmpty())
        part.set(PartField::Url, item.url);
    part.origin = QStringLiteral("import");
    part.source = m_result->part.source;
    for (const QString &segment : parsed.unknownSegments) {
        m_result->warnings.append(
            QStringLiteral("Line %1: %2: \"%3\" in the description was not read")
                .arg(item.lineNumber)
                .arg(item.number, segment));
    }
    m_result->relatedParts.append(part);
}

void DatasheetRelationReader::finish()
{
    close();
}

} // namespace cc
