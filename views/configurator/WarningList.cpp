#include "views/configurator/WarningList.h"

#include "views/configurator/ConfiguratorViewsTr.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cc {

WarningList::WarningList(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
}

void WarningList::setWarnings(const QList<AssemblyWarning> &warnings)
{
    // Deleted later: a label's link may be the one being followed now.
    for (QLabel *label : std::as_const(m_labels)) {
        label->hide();
        label->deleteLater();
    }
    m_labels.clear();
    m_warnings = warnings;
    for (qsizetype i = 0; i < warnings.size(); ++i) {
        const AssemblyWarning &warning = warnings.at(i);
        const bool error = warning.severity == AssemblyWarning::Severity::Error;
        const QString colour = error ? QStringLiteral(" style=\"color:#b00000\"") : QString();
        const QString text = warning.text.toHtmlEscaped();
        auto *label = new QLabel(this);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        if (warning.target.resolvable()) {
            label->setText(QStringLiteral("⚠ <a href=\"%1\"%2>%3</a>").arg(i).arg(colour, text));
            label->setToolTip(ConfiguratorViewsTr::tr("Go to the input that resolves this"));
            label->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                           | Qt::LinksAccessibleByKeyboard);
            connect(label, &QLabel::linkActivated, this, [this](const QString &link) {
                const int index = link.toInt();
                if (index >= 0 && index < m_warnings.size())
                    emit targetActivated(m_warnings.at(index).target);
            });
        } else {
            label->setText(QStringLiteral("⚠ <span%1>%2</span>").arg(colour, text));
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        }
        m_layout->addWidget(label);
        label->show();
        m_labels << label;
    }
    setVisible(!warnings.isEmpty());
}

QStringList WarningList::texts() const
{
    QStringList list;
    for (const AssemblyWarning &warning : m_warnings)
        list << warning.text;
    return list;
}

QLabel *WarningList::label(int index) const
{
    return m_labels.value(index);
}

} // namespace cc
