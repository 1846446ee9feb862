#include "models/configurator/AssemblySummaryHtml.h"

#include "models/configurator/AssemblyEditor.h"
#include "models/configurator/cmd/CmdSetChoice.h"
#include "models/configurator/ConfiguratorTr.h"
#include "models/part/NumberText.h"
#include "models/part/PartKinds.h"

namespace cc {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString list(const QStringList &items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(esc(item));
    return html + QStringLiteral("</ul>");
}

QString row(const QString &quantity, const QString &item, const QString &what)
{
    return QStringLiteral("<tr><td align=\"right\">%1</td><td>%2</td><td>%3</td></tr>")
        .arg(esc(quantity), esc(item), esc(what));
}

} // namespace

QString AssemblySummaryHtml::html(const AssemblyEditor &editor)
{
    const Assembly &assembly = editor.assembly();
    const AssemblyResult &result = editor.result();
    if (assembly.socket.itemNumber.isEmpty())
        return ConfiguratorTr::tr("<p>No assembly yet: choose a socket.</p>");

    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(ConfiguratorTr::tr("Ratings"));
    QStringList ratings;
    for (const AssemblyRating &rating : result.ratings) {
        QString text = rating.message;
        if (text.isEmpty()) {
            text = ConfiguratorTr::tr("%1 %2: %3").arg(rating.market, rating.quantity,
                                       rating.value ? numberText(*rating.value) + QLatin1Char(' ') + rating.unit
                                                    : ConfiguratorTr::tr("not known"));
        }
        ratings << text;
    }
    html += ratings.isEmpty() ? QStringLiteral("<p>%1</p>").arg(ConfiguratorTr::tr("not known")) : list(ratings);

    html += QStringLiteral("<h3>%1</h3>").arg(ConfiguratorTr::tr("Approvals all parts share"));
    if (!result.sharedApprovals) {
        html += QStringLiteral("<p>%1</p>").arg(ConfiguratorTr::tr("not known: a part states no approvals"));
    } else if (result.sharedApprovals->isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(ConfiguratorTr::tr("none"));
    } else {
        QStringList approvals;
        for (const ApprovalRecord &approval : *result.sharedApprovals) {
            approvals << QStringLiteral("%1 %2 %3").arg(approval.mark, approval.standard, approval.issuer)
                             .simplified();
        }
        html += list(approvals);
    }

    const QList<RuleMessage> errors = result.errors();
    if (!errors.isEmpty()) {
        html += QStringLiteral("<h3 style=\"color:#b00000\">%1</h3>").arg(ConfiguratorTr::tr("Errors"));
        html += list(RuleMessage::texts(errors));
    }
    const QList<RuleMessage> warnings = result.warnings();
    if (!warnings.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(ConfiguratorTr::tr("Warnings"));
        html += list(RuleMessage::texts(warnings));
    }

    html += QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\" border=\"1\">")
                .arg(ConfiguratorTr::tr("Parts of this assembly"));
    html += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                .arg(ConfiguratorTr::tr("Qty"), ConfiguratorTr::tr("Item"), ConfiguratorTr::tr("What"));
    html += row(QStringLiteral("1"), assembly.socket.itemNumber, ConfiguratorTr::tr("socket"));
    if (!assembly.plug.itemNumber.isEmpty())
        html += row(QStringLiteral("1"), assembly.plug.itemNumber, ConfiguratorTr::tr("plug"));
    for (const AssemblyItem &item : result.requiredItems) {
        const QString quantity = item.quantity ? QString::number(*item.quantity) : ConfiguratorTr::tr("not stated");
        const QString items = item.candidates.size() == 1
            ? item.candidates.first()
            : ConfiguratorTr::tr("one of %1").arg(item.candidates.join(QStringLiteral(", ")));
        html += row(quantity, items, PartKinds::label(item.kind) + QStringLiteral(" (")
                                         + item.side + QLatin1Char(')'));
    }
    for (const QString &itemNumber : editor.optionalItems()) {
        html += row(ConfiguratorTr::tr("not stated"), itemNumber, ConfiguratorTr::tr("optional, chosen"));
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace cc
