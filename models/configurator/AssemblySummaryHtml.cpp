#include "models/configurator/AssemblySummaryHtml.h"

#include "models/configurator/AssemblyEditor.h"
#include "models/configurator/cmd/CmdSetChoice.h"
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
        return tr("<p>No assembly yet: choose a socket.</p>");

    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Ratings"));
    QStringList ratings;
    for (const AssemblyRating &rating : result.ratings) {
        QString text = rating.message;
        if (text.isEmpty()) {
            text = tr("%1 %2: %3").arg(rating.market, rating.quantity,
                                       rating.value ? QString::number(*rating.value) + QLatin1Char(' ') + rating.unit
                                                    : tr("not known"));
        }
        ratings << text;
    }
    html += ratings.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("not known")) : list(ratings);

    html += QStringLiteral("<h3>%1</h3>").arg(tr("Approvals all parts share"));
    if (!result.sharedApprovals) {
        html += QStringLiteral("<p>%1</p>").arg(tr("not known: a part states no approvals"));
    } else if (result.sharedApprovals->isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("none"));
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
        html += QStringLiteral("<h3 style=\"color:#b00000\">%1</h3>").arg(tr("Errors"));
        html += list(RuleMessage::texts(errors));
    }
    const QList<RuleMessage> warnings = result.warnings();
    if (!warnings.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Warnings"));
        html += list(RuleMessage::texts(warnings));
    }

    html += QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\" border=\"1\">")
                .arg(tr("Parts of this assembly"));
    html += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                .arg(tr("Qty"), tr("Item"), tr("What"));
    html += row(QStringLiteral("1"), assembly.socket.itemNumber, tr("socket"));
    if (!assembly.plug.itemNumber.isEmpty())
        html += row(QStringLiteral("1"), assembly.plug.itemNumber, tr("plug"));
    for (const AssemblyItem &item : result.requiredItems) {
        const QString quantity = item.quantity ? QString::number(*item.quantity) : tr("not stated");
        const QString items = item.candidates.size() == 1
            ? item.candidates.first()
            : tr("one of %1").arg(item.candidates.join(QStringLiteral(", ")));
        html += row(quantity, items, PartKinds::label(item.kind) + QStringLiteral(" (")
                                         + item.side + QLatin1Char(')'));
    }
    for (const QString &itemNumber : editor.optionalItems()) {
        html += row(tr("not stated"), itemNumber, tr("optional, chosen"));
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace cc
