#include "db/AccessoryRuleRepository.h"

#include "db/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace cc {

namespace {

QVariant orNull(const QString &text)
{
    return text.isNull() ? QVariant() : QVariant(text);
}

QString textOf(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

} // namespace

AccessoryRuleRepository::AccessoryRuleRepository(const Database &database)
    : m_database(database)
{
}

QList<AccessoryRule> AccessoryRuleRepository::all() const
{
    QSqlQuery query = m_database.run(
        QStringLiteral("SELECT r.accessory_kind, r.applies_to, r.quantity, r.per, r.requirement, "
                       "r.note, s.reference FROM assembly_rule r "
                       "JOIN source s ON s.id = r.source_id "
                       "ORDER BY r.accessory_kind, s.reference, r.position, r.id"),
        QStringLiteral("Reading the catalog's assembly rules"));
    QList<AccessoryRule> rules;
    while (query.next()) {
        AccessoryRule rule;
        rule.accessoryKind = query.value(0).toString();
        rule.appliesTo = query.value(1).toString();
        if (!query.value(2).isNull())
            rule.quantity = query.value(2).toDouble();
        rule.per = textOf(query.value(3));
        rule.requirement = textOf(query.value(4));
        rule.note = textOf(query.value(5));
        rule.sourceReference = query.value(6).toString();
        rules.append(rule);
    }
    return rules;
}

void AccessoryRuleRepository::replaceForSource(qint64 sourceId,
                                              const QList<AccessoryRule> &rules) const
{
    const QString operation = QStringLiteral("Saving the catalog's assembly rules");
    m_database.run(QStringLiteral("DELETE FROM assembly_rule WHERE source_id = ?"), {sourceId},
                   operation);
    int position = 0;
    for (const AccessoryRule &rule : rules) {
        m_database.run(QStringLiteral("INSERT INTO assembly_rule (accessory_kind, applies_to, "
                                      "quantity, per, requirement, source_id, note, position) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {rule.accessoryKind, rule.appliesTo,
                        rule.quantity ? QVariant(*rule.quantity) : QVariant(), orNull(rule.per),
                        orNull(rule.requirement), sourceId, orNull(rule.note), position++},
                       operation);
    }
}

} // namespace cc
