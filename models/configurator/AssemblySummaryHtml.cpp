#include "models/configurator/AssemblySummaryHtml.h"

#include "models/configurator/AssemblyEditor.h"
#include "models/configurator/ConfiguratorTr.h"
#include "models/part/NumberText.h"

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
    return html;
}

} // namespace cc
