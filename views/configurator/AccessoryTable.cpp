#include "views/configurator/AccessoryTable.h"

#include "models/configurator/AccessoryLines.h"
#include "models/configurator/AssemblyEditor.h"
#include "models/part/PartKinds.h"
#include "views/configurator/ConfiguratorViewsTr.h"
#include "views/widgets/WheelGuard.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>

namespace cc {

namespace {

using From = AccessoryLine::QuantityFrom;

QString accessoryText(const AccessoryLine &line)
{
    const QString kind = PartKinds::table().title(line.kind);
    if (line.side == QLatin1String("socket"))
        return ConfiguratorViewsTr::tr("%1 (socket)").arg(kind);
    if (line.side == QLatin1String("plug"))
        return ConfiguratorViewsTr::tr("%1 (plug)").arg(kind);
    return kind;
}

// 'rule R1', 'rule'.
QString ruleText(const AccessoryLine &line)
{
    return ItemBasis { ItemBasis::Kind::Rule, line.quantitySources.join(QStringLiteral(", ")),
                       QString() }
        .display();
}

// What the quantity rests on when the user has not given it, as the spin
// box's suffix: ' (rule R1)', ' (default)'.
QString quantitySuffix(const AccessoryLine &line)
{
    if (line.quantityFrom == From::Rule)
        return QStringLiteral(" (%1)").arg(ruleText(line));
    if (line.quantityFrom == From::Default)
        return ConfiguratorViewsTr::tr(" (default)");
    return QString();
}

QString resetTip(const AccessoryLine &line)
{
    if (!line.ruleQuantity)
        return ConfiguratorViewsTr::tr("Clear the quantity");
    return line.ruleQuantityFrom == From::Default
        ? ConfiguratorViewsTr::tr("Back to the default quantity (%1)").arg(*line.ruleQuantity)
        : ConfiguratorViewsTr::tr("Back to the rule's quantity (%1)").arg(*line.ruleQuantity);
}

// The defaults and the user's choices the line rests on ('operation: manual
// (default); colour: black (default)'); the rules only when nothing else
// is, as the quantity's suffix names them.
QString basisShort(const AccessoryLine &line)
{
    QStringList chosen;
    QStringList rules;
    for (const ItemBasis &basis : line.basis)
        (basis.kind == ItemBasis::Kind::Rule ? rules : chosen) << basis.display();
    if (!chosen.isEmpty())
        return chosen.join(QStringLiteral("; "));
    if (!rules.isEmpty())
        return rules.join(QStringLiteral("; "));
    return line.quantityFrom == From::Rule ? QString() : line.quantityText;
}

// The reason, how the quantity is counted and every rule's sentence.
QString basisTip(const AccessoryLine &line)
{
    QStringList lines;
    if (!line.reason.isEmpty())
        lines << line.reason;
    if (!line.quantityText.isEmpty())
        lines << ConfiguratorViewsTr::tr("Quantity: %1").arg(line.quantityText);
    for (const ItemBasis &basis : line.basis)
        lines << (basis.kind == ItemBasis::Kind::Rule ? basis.ruleNote() : basis.display());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

AccessoryTable::AccessoryTable(const AssemblyEditor *editor, QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("accessoryTable"));
    setHorizontalHeaderLabels(
        { ConfiguratorViewsTr::tr("Accessory"), ConfiguratorViewsTr::tr("Item"),
          ConfiguratorViewsTr::tr("Qty per assembly"), ConfiguratorViewsTr::tr("Basis") });
    horizontalHeaderItem(Basis)->setToolTip(
        ConfiguratorViewsTr::tr("What the line rests on: rules, defaults, your choices"));
    verticalHeader()->hide();
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    QComboBox probe;
    verticalHeader()->setDefaultSectionSize(probe.sizeHint().height() + 4);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QTableWidget::itemChanged, this, &AccessoryTable::itemCellChanged);
    connect(this, &QWidget::customContextMenuRequested, this, &AccessoryTable::showContextMenu);
}

QTableWidgetItem *AccessoryTable::textItem(int row, int column)
{
    QTableWidgetItem *cell = item(row, column);
    if (!cell) {
        cell = new QTableWidgetItem;
        cell->setFlags(Qt::ItemIsEnabled);
        setItem(row, column, cell);
    }
    return cell;
}

void AccessoryTable::showLines()
{
    const QList<AccessoryLine> &lines = m_editor->lines();
    m_showing = true;
    setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row)
        showLine(row, lines.at(row));
    m_showing = false;
    fitColumns();
}

void AccessoryTable::updateGeometries()
{
    QTableWidget::updateGeometries();
    fitColumns();
}

void AccessoryTable::fitColumns()
{
    if (m_fitting)
        return;
    m_fitting = true;
    QHeaderView *header = horizontalHeader();
    const auto contentWidth = [this, header](int column) {
        int width = std::max(sizeHintForColumn(column), header->sectionSizeHint(column));
        for (int row = 0; row < rowCount(); ++row) {
            if (const QWidget *widget = cellWidget(row, column))
                width = std::max(width, widget->sizeHint().width());
        }
        return width;
    };
    const int item = contentWidth(Item);
    const int quantity = contentWidth(Quantity);
    const int rest = std::max(0, viewport()->width() - item - quantity);
    const int accessory = std::min(contentWidth(Accessory), std::max(rest * 2 / 3, 80));
    header->resizeSection(Item, item);
    header->resizeSection(Quantity, quantity);
    header->resizeSection(Accessory, accessory);
    header->resizeSection(Basis, std::max(rest - accessory, header->minimumSectionSize()));
    m_fitting = false;
}

void AccessoryTable::showLine(int row, const AccessoryLine &line)
{
    QTableWidgetItem *accessory = textItem(row, Accessory);
    accessory->setText(accessoryText(line));
    accessory->setToolTip(line.isRequired()
                              ? ConfiguratorViewsTr::tr("Required: %1").arg(line.reason)
                              : ConfiguratorViewsTr::tr("Optional: %1").arg(line.reason));
    if (line.isRequired()) {
        accessory->setFlags(Qt::ItemIsEnabled);
        accessory->setData(Qt::CheckStateRole, QVariant());
    } else {
        accessory->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        accessory->setCheckState(line.included ? Qt::Checked : Qt::Unchecked);
    }
    const QColor text
        = palette().color(line.included ? QPalette::Active : QPalette::Disabled, QPalette::Text);
    accessory->setForeground(text);
    showItem(row, line);
    showQuantity(row, line);
    QTableWidgetItem *basis = textItem(row, Basis);
    basis->setText(basisShort(line));
    basis->setToolTip(basisTip(line));
    basis->setForeground(text);
}

QString AccessoryTable::itemLabel(const QString &itemNumber) const
{
    const std::optional<PartRecord> part = m_editor->part(itemNumber);
    if (!part || part->colour().isEmpty())
        return itemNumber;
    return ConfiguratorViewsTr::tr("%1 (%2)").arg(itemNumber, part->colour());
}

void AccessoryTable::showItem(int row, const AccessoryLine &line)
{
    if (!line.offersChoice()) {
        removeCellWidget(row, Item);
        QTableWidgetItem *cell = textItem(row, Item);
        cell->setText(line.itemNumber);
        const std::optional<PartRecord> part = m_editor->part(line.itemNumber);
        cell->setToolTip(part ? part->description() : QString());
        cell->setForeground(
            palette().color(line.included ? QPalette::Active : QPalette::Disabled, QPalette::Text));
        return;
    }
    textItem(row, Item)->setText(QString());
    auto *box = qobject_cast<QComboBox *>(cellWidget(row, Item));
    if (!box) {
        box = new QComboBox;
        // As wide as an item number; the list shows the whole entries.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(15);
        WheelGuard::install(box);
        connect(box, &QComboBox::activated, this, [this, box] {
            for (int r = 0; r < rowCount(); ++r) {
                if (cellWidget(r, Item) == box)
                    emit itemPicked(r, box->currentData().toString());
            }
        });
        setCellWidget(row, Item, box);
    }
    box->setObjectName(QStringLiteral("item/") + line.key());
    const QSignalBlocker blocker(box);
    box->clear();
    // A required accessory can be left to the rules and defaults again; an
    // optional one is unticked in its check box instead.
    if (line.isRequired())
        box->addItem(ConfiguratorViewsTr::tr("not chosen"), QString());
    for (const QString &candidate : line.candidates) {
        box->addItem(itemLabel(candidate), candidate);
        const std::optional<PartRecord> part = m_editor->part(candidate);
        box->setItemData(box->count() - 1, part ? part->description() : QString(), Qt::ToolTipRole);
    }
    if (line.hasItem() && !line.candidates.contains(line.itemNumber))
        box->addItem(ConfiguratorViewsTr::tr("%1 (does not fit)").arg(line.itemNumber),
                     line.itemNumber);
    const int current = box->findData(line.itemNumber);
    box->setCurrentIndex(line.hasItem() && current >= 0 ? current : 0);
}

void AccessoryTable::showQuantity(int row, const AccessoryLine &line)
{
    QWidget *cell = cellWidget(row, Quantity);
    if (!cell) {
        cell = new QWidget;
        auto *layout = new QHBoxLayout(cell);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        auto *spin = new QSpinBox(cell);
        spin->setKeyboardTracking(false);
        spin->setMaximum(999);
        WheelGuard::install(spin);
        auto *reset = new QToolButton(cell);
        reset->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
        reset->setAutoRaise(true);
        layout->addWidget(spin, 1);
        layout->addWidget(reset);
        connect(spin, &QSpinBox::valueChanged, this, [this, cell](int value) {
            for (int r = 0; r < rowCount(); ++r) {
                if (cellWidget(r, Quantity) == cell)
                    emit quantityEdited(r, value > 0 ? std::optional<int>(value) : std::nullopt);
            }
        });
        connect(reset, &QToolButton::clicked, this, [this, cell] {
            for (int r = 0; r < rowCount(); ++r) {
                if (cellWidget(r, Quantity) == cell)
                    emit quantityEdited(r, std::nullopt);
            }
        });
        setCellWidget(row, Quantity, cell);
    }
    auto *spin = cell->findChild<QSpinBox *>();
    auto *reset = cell->findChild<QToolButton *>();
    spin->setObjectName(QStringLiteral("quantity/") + line.key());
    const QSignalBlocker blocker(spin);
    QString special;
    if (line.quantityFrom == From::Poles && line.polesUsed && line.polesPerItem)
        special = ConfiguratorViewsTr::tr("%1 of %2 poles")
                      .arg(*line.polesUsed)
                      .arg(*line.polesPerItem);
    else if (!line.quantity)
        special = ConfiguratorViewsTr::tr("not stated");
    spin->setSpecialValueText(special);
    spin->setMinimum(line.quantity ? 1 : 0);
    spin->setSuffix(quantitySuffix(line));
    spin->setValue(line.quantity.value_or(0));
    spin->setEnabled(line.quantityEditable());
    spin->setToolTip(line.quantityText);
    reset->setEnabled(line.quantityEditable() && line.quantityIsUsers());
    reset->setToolTip(resetTip(line));
}

void AccessoryTable::itemCellChanged(QTableWidgetItem *cell)
{
    if (m_showing || cell->column() != Accessory)
        return;
    const int row = cell->row();
    if (row < 0 || row >= m_editor->lines().size())
        return;
    const AccessoryLine &line = m_editor->lines().at(row);
    const bool ticked = cell->checkState() == Qt::Checked;
    if (!line.isRequired() && ticked != line.included)
        emit optionalToggled(row, ticked);
}

void AccessoryTable::showContextMenu(const QPoint &position)
{
    const int row = rowAt(position.y());
    if (row < 0 || row >= m_editor->lines().size())
        return;
    const AccessoryLine &line = m_editor->lines().at(row);
    QMenu menu(this);
    QAction *reset = menu.addAction(resetTip(line));
    reset->setEnabled(line.quantityEditable() && line.quantityIsUsers());
    connect(reset, &QAction::triggered, this,
            [this, row] { emit quantityEdited(row, std::nullopt); });
    if (line.isRequired() && line.picked) {
        QAction *clear = menu.addAction(ConfiguratorViewsTr::tr("Clear the choice of the item"));
        connect(clear, &QAction::triggered, this, [this, row] { emit itemPicked(row, QString()); });
    }
    menu.exec(viewport()->mapToGlobal(position));
}

int AccessoryTable::rowOf(const QString &kind, const QString &side) const
{
    const QList<AccessoryLine> &lines = m_editor->lines();
    for (int row = 0; row < lines.size() && row < rowCount(); ++row) {
        if (lines.at(row).kind == kind && (side.isEmpty() || lines.at(row).side == side))
            return row;
    }
    return -1;
}

QComboBox *AccessoryTable::itemBox(int row) const
{
    return qobject_cast<QComboBox *>(cellWidget(row, Item));
}

QSpinBox *AccessoryTable::quantityBox(int row) const
{
    QWidget *cell = cellWidget(row, Quantity);
    return cell ? cell->findChild<QSpinBox *>() : nullptr;
}

QToolButton *AccessoryTable::resetButton(int row) const
{
    QWidget *cell = cellWidget(row, Quantity);
    return cell ? cell->findChild<QToolButton *>() : nullptr;
}

QString AccessoryTable::itemText(int row) const
{
    if (QComboBox *box = itemBox(row))
        return box->currentText();
    return item(row, Item) ? item(row, Item)->text() : QString();
}

QString AccessoryTable::basisText(int row) const
{
    return item(row, Basis) ? item(row, Basis)->text() : QString();
}

bool AccessoryTable::isIncluded(int row) const
{
    const QTableWidgetItem *cell = item(row, Accessory);
    return cell
        && (!(cell->flags() & Qt::ItemIsUserCheckable) || cell->checkState() == Qt::Checked);
}

void AccessoryTable::setIncluded(int row, bool included)
{
    if (QTableWidgetItem *cell = item(row, Accessory))
        cell->setCheckState(included ? Qt::Checked : Qt::Unchecked);
}

void AccessoryTable::focusItem(int row)
{
    scrollToItem(item(row, Accessory));
    if (QComboBox *box = itemBox(row)) {
        box->setFocus(Qt::OtherFocusReason);
    }
}

void AccessoryTable::focusQuantity(int row)
{
    scrollToItem(item(row, Accessory));
    if (QSpinBox *spin = quantityBox(row)) {
        spin->setFocus(Qt::OtherFocusReason);
        spin->selectAll();
    }
}

} // namespace cc
