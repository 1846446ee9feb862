#include "models/bom/export/BomXlsxWriter.h"

#include "models/bom/BillOfMaterials.h"
#include "models/bom/BomTable.h"
#include "models/bom/export/BomExportTr.h"
#include "models/part/PartTr.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
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
        format_set_align(m_totalText, LXW_ALIGN_VERTICAL_TOP);
        m_plain = workbook_add_format(book);
        m_plainWrapped = workbook_add_format(book);
        format_set_text_wrap(m_plainWrapped);
        format_set_align(m_plainWrapped, LXW_ALIGN_VERTICAL_TOP);
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
    void blank(int row, int column, lxw_format *format = nullptr)
    {
        worksheet_write_blank(m_sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                              format ? format : m_text);
    }
    void comment(int row, int column, const QString &value)
    {
        const QByteArray utf8 = value.toUtf8();
        worksheet_write_comment(m_sheet, static_cast<lxw_row_t>(row),
                                static_cast<lxw_col_t>(column), utf8.constData());
    }
    void formula(int row, int column, const QString &formula, double value, lxw_format *format)
    {
        const QByteArray utf8 = formula.toUtf8();
        worksheet_write_formula_num(m_sheet, static_cast<lxw_row_t>(row),
                                    static_cast<lxw_col_t>(column), utf8.constData(), format, value);
    }
    // A formula whose value is (for now) empty text.
    void formulaText(int row, int column, const QString &formula, lxw_format *format)
    {
        const QByteArray utf8 = formula.toUtf8();
        worksheet_write_formula_str(m_sheet, static_cast<lxw_row_t>(row),
                                    static_cast<lxw_col_t>(column), utf8.constData(), format, "");
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
    lxw_format *m_plain;
    lxw_format *m_plainWrapped;

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

// A cell reference such as "N5" (row and column from 0).
constexpr double textCharWidth = 0.85; // a character of text, in digits

QString cellName(int row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

QString rangeName(int firstRow, int lastRow, int column)
{
    return cellName(firstRow, column) + QLatin1Char(':') + cellName(lastRow, column);
}

// How wide (in Excel's units: characters of the default font) a column is
// when it holds `texts` under `header`: the widest value, or for the
// wrapping columns at most `most`; the header wraps between words.
double fittingWidth(const QString &header, const QStringList &texts, double most)
{
    // A header word is bold (wider); digits are a unit each; other text
    // runs narrower. A little room for the cell's margins.
    double widest = 0;
    for (const QString &word : header.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        widest = std::max(widest, double(word.size()) * 1.1);
    double value = 0;
    for (const QString &text : texts) {
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            double width = 0;
            for (const QChar c : line)
                width += c.isDigit() ? 1.0 : textCharWidth;
            value = std::max(value, width);
        }
    }
    return std::clamp(std::max(widest, value) + 1.5, 5.0, std::max(most, widest + 1.5));
}

// Lines a text takes in a column `width` characters wide, wrapped at spaces.
// The width unit is a digit of the default font; text runs narrower.
int linesIn(const QString &text, double width)
{
    int lines = 0;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        ++lines;
        double used = 0;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const double needed = double(word.size()) * textCharWidth + (used > 0 ? textCharWidth : 0);
            if (used > 0 && used + needed > width - 1) {
                ++lines;
                used = double(word.size()) * textCharWidth;
            } else {
                used += needed;
            }
        }
    }
    return lines;
}

constexpr int headerRow = 3;
constexpr double lineHeight = 15; // points, a line of the default font

void fill(Sheet &s, const BillOfMaterials &bom, const QDate &date,
          const QString &notesSheet)
{
    const QString name = bom.projectName.isEmpty() ? BomExportTr::tr("Unnamed project") : bom.projectName;
    s.text(0, 0, BomExportTr::tr("Bill of materials") + QStringLiteral(" – ") + name, s.m_title);
    s.text(1, 0, BomExportTr::tr("Date") + QStringLiteral(": ") + date.toString(Qt::ISODate), s.m_plain);
    if (!notesSheet.isEmpty()) {
        s.text(2, 0,
               BomExportTr::tr("Warnings: %1; they and the rules the lines rest on are on the sheet \"%2\".")
                   .arg(bom.warnings.size())
                   .arg(notesSheet),
               s.m_plain);
    }
    const QStringList headers = BomTable::headers();
    for (int c = 0; c < headers.size(); ++c)
        s.text(headerRow, c, headers.at(c), s.m_header);

    QList<QStringList> columnTexts(headers.size());
    QList<QStringList> rowTexts; // the lines' cells, for their heights
    const QString notKnown = PartTr::notKnown();
    int row = headerRow + 1;
    for (const BomLine &line : bom.lines) {
        const QStringList texts = BomTable::row(line, BomTable::Unknown::Empty);
        for (int c = 0; c < BomTable::ColumnCount; ++c) {
            if (!BomTable::isKnown(line, c)) {
                // An empty cell, never text in a column of numbers; its
                // comment says why.
                s.blank(row, c);
                s.comment(row, c, notKnown);
                continue;
            }
            columnTexts[c].append(texts.at(c));
            switch (c) {
            case BomTable::Position: s.number(row, c, line.position, s.m_integer); break;
            case BomTable::Quantity: s.number(row, c, line.quantity, s.m_integer); break;
            case BomTable::PackagingUnit: s.number(row, c, *line.packagingUnit, s.m_integer); break;
            case BomTable::OrderQuantity: s.number(row, c, line.orderQuantity, s.m_integer); break;
            case BomTable::Surplus: s.number(row, c, line.surplus(), s.m_integer); break;
            case BomTable::WeightG: s.number(row, c, *line.weightG(), s.m_weight); break;
            case BomTable::FireLoadMj: s.number(row, c, *line.fireLoadMj(), s.m_fireLoad); break;
            default: s.text(row, c, texts.at(c)); break;
            }
        }
        rowTexts.append(texts);
        ++row;
    }
    const int firstLine = headerRow + 1;
    const int lastLine = row - 1;
    const int totals = row;

    // Totals: formulas over the lines, with their values for programs that
    // do not calculate.
    for (int c = 0; c < headers.size(); ++c)
        s.blank(totals, c, s.m_totalText);
    s.text(totals, BomTable::Position, BomExportTr::tr("Total"), s.m_totalText);
    const auto sum = [&](int column, double value, lxw_format *format) {
        if (bom.lines.isEmpty())
            s.number(totals, column, 0, format);
        else
            s.formula(totals, column, QStringLiteral("=SUM(%1)").arg(rangeName(firstLine, lastLine, column)),
                      value, format);
    };
    sum(BomTable::Quantity, bom.pieces(), s.m_totalInteger);
    sum(BomTable::OrderQuantity, bom.orderPieces(), s.m_totalInteger);
    s.formula(totals, BomTable::Surplus,
              QStringLiteral("=%1-%2").arg(cellName(totals, BomTable::OrderQuantity),
                                           cellName(totals, BomTable::Quantity)),
              bom.orderPieces() - bom.pieces(), s.m_totalInteger);
    // A total is known when every line's value is: until then the cell is
    // empty, and fills in by itself once the missing values are entered.
    const auto knownSum = [&](int column, const std::optional<double> &value, lxw_format *format,
                              const QString &unknownText) {
        if (value) {
            sum(column, *value, format);
            return;
        }
        const QString range = rangeName(firstLine, lastLine, column);
        s.formulaText(totals, column,
                      QStringLiteral("=IF(COUNTBLANK(%1)=0,SUM(%1),\"\")").arg(range), format);
        s.comment(totals, column, unknownText);
    };
    knownSum(BomTable::WeightG, bom.weightG(), s.m_totalWeight, BomTable::weightTotal(bom));
    knownSum(BomTable::FireLoadMj, bom.fireLoadMj(), s.m_totalFireLoad, BomTable::fireLoadTotal(bom));
    s.text(totals + 1, 0,
           BomExportTr::tr("An empty cell is a value no source states (not known); a total stays "
                           "empty until every line has its value."),
           s.m_plain);

    // Widths that fit the texts; the long texts wrap.
    QList<double> widths;
    for (int c = 0; c < headers.size(); ++c) {
        const bool long_ = c == BomTable::Description || c == BomTable::Approvals
            || c == BomTable::Basis;
        const double most = c == BomTable::UsedIn ? 12 : long_ ? 32 : 24;
        if (c == BomTable::Quantity || c == BomTable::OrderQuantity || c == BomTable::Surplus)
            columnTexts[c].append(QString::number(bom.orderPieces()));
        widths.append(fittingWidth(headers.at(c), columnTexts.at(c), most));
        worksheet_set_column(s.m_sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                             widths.last(), nullptr);
    }
    int headerLines = 1;
    for (int c = 0; c < headers.size(); ++c)
        headerLines = std::max(headerLines, linesIn(headers.at(c), widths.at(c)));
    worksheet_set_row(s.m_sheet, static_cast<lxw_row_t>(headerRow), lineHeight * headerLines, nullptr);
    // Heights for the wrapped texts (spreadsheet programs keep a row one
    // line high unless told).
    for (int r = 0; r < rowTexts.size(); ++r) {
        int lines = 1;
        for (int c = 0; c < rowTexts.at(r).size(); ++c)
            lines = std::max(lines, linesIn(rowTexts.at(r).at(c), widths.at(c)));
        worksheet_set_row(s.m_sheet, static_cast<lxw_row_t>(firstLine + r), lineHeight * lines, nullptr);
    }

    worksheet_freeze_panes(s.m_sheet, static_cast<lxw_row_t>(headerRow + 1), 0);
    worksheet_autofilter(s.m_sheet, static_cast<lxw_row_t>(headerRow), 0,
                         static_cast<lxw_row_t>(std::max(headerRow, lastLine)),
                         static_cast<lxw_col_t>(BomTable::ColumnCount - 1));
    worksheet_repeat_rows(s.m_sheet, static_cast<lxw_row_t>(headerRow),
                          static_cast<lxw_row_t>(headerRow));
    worksheet_set_landscape(s.m_sheet);
    worksheet_set_paper(s.m_sheet, 9); // A4
    worksheet_fit_to_pages(s.m_sheet, 1, 0);
    worksheet_set_footer(s.m_sheet, "&CPage &P of &N");
}

// The second sheet: the warnings, then the rules the lines rest on.
void fillNotes(Sheet &s, const BillOfMaterials &bom)
{
    constexpr double notesWidth = 110;
    int row = 0;
    const auto section = [&](const QString &heading, const QStringList &items) {
        if (items.isEmpty())
            return;
        if (row > 0)
            ++row;
        s.text(row++, 0, heading, s.m_title);
        for (const QString &item : items) {
            worksheet_set_row(s.m_sheet, static_cast<lxw_row_t>(row), lineHeight * linesIn(item, notesWidth),
                              nullptr);
            s.text(row++, 0, item, s.m_plainWrapped);
        }
    };
    section(BomExportTr::tr("Warnings"), bom.warnings);
    section(BomExportTr::tr("Rules the lines rest on"), bom.ruleNotes());
    worksheet_set_column(s.m_sheet, 0, 0, notesWidth, nullptr);
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
    // Sheet names: at most 31 characters, none of []:*?/\ .
    const auto sheetName = [](QString name) {
        static const QRegularExpression forbidden(QStringLiteral("[\\[\\]:*?/\\\\]"));
        return name.replace(forbidden, QStringLiteral("-")).left(31).toUtf8();
    };
    const QByteArray mainName = sheetName(BomExportTr::tr("Bill of materials"));
    lxw_worksheet *sheet = workbook_add_worksheet(book, mainName.constData());
    Sheet s(book, sheet);
    const bool notes = !bom.warnings.isEmpty() || !bom.ruleNotes().isEmpty();
    const QString notesTitle = BomExportTr::tr("Warnings and rules");
    const QByteArray notesName = sheetName(notesTitle);
    fill(s, bom, date, notes ? QString::fromUtf8(notesName) : QString());
    if (notes) {
        Sheet second(book, workbook_add_worksheet(book, notesName.constData()));
        fillNotes(second, bom);
    }
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
