#include "models/bom/export/BomXlsxWriter.h"

#include "models/bom/BillOfMaterials.h"
#include "models/bom/BomTable.h"
#include "models/bom/export/BomExportTr.h"
#include "models/part/PartTr.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <xlsxwriter.h>

namespace cc {

namespace {


class Sheet
{
public:
    Sheet(lxw_workbook *book, lxw_worksheet *sheet)
        : m_sheet(sheet)
    {
        m_title = workbook_add_format(book);
        format_set_bold(m_title);
        format_set_font_size(m_title, 14);
        m_header = workbook_add_format(book);
        format_set_bold(m_header);
        format_set_text_wrap(m_header);
        format_set_bg_color(m_header, 0xE8E8E8);
        format_set_border(m_header, LXW_BORDER_THIN);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
        m_text = workbook_add_format(book);
        format_set_text_wrap(m_text);
        format_set_border(m_text, LXW_BORDER_THIN);
        format_set_align(m_text, LXW_ALIGN_VERTICAL_TOP);
        m_integer = numberFormat(book, "0", false);
        m_weight = numberFormat(book, "0.00", false);
        m_fireLoad = numberFormat(book, "0.000", false);
        m_totalInteger = numberFormat(book, "0", true);
        m_totalWeight = numberFormat(book, "0.00", true);
        m_totalFireLoad = numberFormat(book, "0.000", true);
        m_totalText = workbook_add_format(book);
        format_set_bold(m_totalText);
        format_set_border(m_totalText, LXW_BORDER_THIN);
    }

    void text(int row, int column, const QString &value, lxw_format *format = nullptr)
    {
        const QByteArray utf8 = value.toUtf8();
        worksheet_write_string(m_sheet, static_cast<lxw_row_t>(row),
                               static_cast<lxw_col_t>(column), utf8.constData(),
                               format ? format : m_text);
    }
    void number(int row, int column, double value, lxw_format *format)
    {
        worksheet_write_number(m_sheet, static_cast<lxw_row_t>(row),
                               static_cast<lxw_col_t>(column), value, format);
    }
    void numberOrUnknown(int row, int column, const std::optional<double> &value,
                         lxw_format *format)
    {
        if (value)
            number(row, column, *value, format);
        else
            text(row, column, PartTr::notKnown());
    }

    lxw_worksheet *m_sheet;
    lxw_format *m_title;
    lxw_format *m_header;
    lxw_format *m_text;
    lxw_format *m_integer;
    lxw_format *m_weight;
    lxw_format *m_fireLoad;
    lxw_format *m_totalInteger;
    lxw_format *m_totalWeight;
    lxw_format *m_totalFireLoad;
    lxw_format *m_totalText;

private:
    static lxw_format *numberFormat(lxw_workbook *book, const char *pattern, bool bold)
    {
        lxw_format *format = workbook_add_format(book);
        format_set_num_format(format, pattern);
        format_set_border(format, LXW_BORDER_THIN);
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        if (bold)
            format_set_bold(format);
        return format;
    }
};

std::optional<double> orNull(const std::optional<int> &value)
{
    return value ? std::optional<double>(*value) : std::nullopt;
}

void fill(Sheet &s, const BillOfMaterials &bom, const QDate &date)
{
    const QString name = bom.projectName.isEmpty() ? BomExportTr::tr("Unnamed project") : bom.projectName;
    s.text(0, 0, BomExportTr::tr("Bill of materials") + QStringLiteral(" – ") + name, s.m_title);
    s.text(1, 0, BomExportTr::tr("Date") + QStringLiteral(": ") + date.toString(Qt::ISODate), nullptr);
    const int headerRow = 3;
    const QStringList headers = BomTable::headers();
    for (int c = 0; c < headers.size(); ++c)
        s.text(headerRow, c, headers.at(c), s.m_header);
    int row = headerRow + 1;
    for (const BomLine &line : bom.lines) {
        const QStringList texts = BomTable::row(line);
        for (int c = 0; c < BomTable::ColumnCount; ++c) {
            switch (c) {
            case BomTable::Position: s.number(row, c, line.position, s.m_integer); break;
            case BomTable::Quantity: s.number(row, c, line.quantity, s.m_integer); break;
            case BomTable::PackagingUnit:
                s.numberOrUnknown(row, c, orNull(line.packagingUnit), s.m_integer);
                break;
            case BomTable::OrderQuantity: s.number(row, c, line.orderQuantity, s.m_integer); break;
            case BomTable::Surplus:
                s.numberOrUnknown(row, c,
                                  line.packagingUnit ? std::optional<double>(line.surplus())
                                                     : std::nullopt,
                                  s.m_integer);
                break;
            case BomTable::WeightG:
                s.numberOrUnknown(row, c, line.weightG(), s.m_weight);
                break;
            case BomTable::FireLoadMj:
                s.numberOrUnknown(row, c, line.fireLoadMj(), s.m_fireLoad);
                break;
            default: s.text(row, c, texts.at(c)); break;
            }
        }
        ++row;
    }
    for (int c = 0; c < BomTable::ColumnCount; ++c)
        s.text(row, c, QString(), s.m_totalText);
    s.text(row, BomTable::Position, BomExportTr::tr("Total"), s.m_totalText);
    s.number(row, BomTable::Quantity, bom.pieces(), s.m_totalInteger);
    s.number(row, BomTable::OrderQuantity, bom.orderPieces(), s.m_totalInteger);
    s.number(row, BomTable::Surplus, bom.orderPieces() - bom.pieces(), s.m_totalInteger);
    if (const auto weight = bom.weightG())
        s.number(row, BomTable::WeightG, *weight, s.m_totalWeight);
    else
        s.text(row, BomTable::WeightG, BomTable::weightTotal(bom), s.m_totalText);
    if (const auto fireLoad = bom.fireLoadMj())
        s.number(row, BomTable::FireLoadMj, *fireLoad, s.m_totalFireLoad);
    else
        s.text(row, BomTable::FireLoadMj, BomTable::fireLoadTotal(bom), s.m_totalText);
    row += 2;
    if (const QStringList rules = bom.ruleNotes(); !rules.isEmpty()) {
        s.text(row++, 0, BomExportTr::tr("Rules the lines rest on"), s.m_title);
        for (const QString &rule : rules)
            s.text(row++, 0, rule, nullptr);
        ++row;
    }
    if (!bom.warnings.isEmpty()) {
        s.text(row++, 0, BomExportTr::tr("Warnings"), s.m_title);
        for (const QString &warning : bom.warnings)
            s.text(row++, 0, warning, nullptr);
    }
    const double widths[BomTable::ColumnCount] = {5, 8, 9, 8, 8, 16, 36, 15, 14, 14,
                                                  50, 14, 9, 10, 10, 16, 50};
    for (int c = 0; c < BomTable::ColumnCount; ++c) {
        worksheet_set_column(s.m_sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                             widths[c], nullptr);
    }
    worksheet_freeze_panes(s.m_sheet, static_cast<lxw_row_t>(headerRow + 1), 0);
    worksheet_repeat_rows(s.m_sheet, static_cast<lxw_row_t>(headerRow),
                          static_cast<lxw_row_t>(headerRow));
    worksheet_set_landscape(s.m_sheet);
    worksheet_set_paper(s.m_sheet, 9); // A4
    worksheet_fit_to_pages(s.m_sheet, 1, 0);
    worksheet_set_footer(s.m_sheet, "&CPage &P of &N");
}

} // namespace

QByteArray BomXlsxWriter::write(const BillOfMaterials &bom, const QDate &date, QString *error)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = BomExportTr::tr("Cannot create a temporary folder: %1").arg(dir.errorString());
        return {};
    }
    const QString path = dir.filePath(QStringLiteral("bom.xlsx"));
    const QByteArray encodedPath = QFile::encodeName(path);
    lxw_workbook *book = workbook_new(encodedPath.constData());
    if (!book) {
        *error = BomExportTr::tr("Cannot create the workbook.");
        return {};
    }
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Bill of materials");
    Sheet s(book, sheet);
    fill(s, bom, date);
    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR) {
        *error = BomExportTr::tr("Cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(result)));
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = BomExportTr::tr("Cannot read the workbook back: %1").arg(file.errorString());
        return {};
    }
    return file.readAll();
}

} // namespace cc
