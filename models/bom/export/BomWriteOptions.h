#pragma once

#include <QDate>
#include <QList>

namespace cc {

// What a bill of materials' writer needs besides the bill itself (the
// project's name is part of the bill). Every writer gets the same options
// and uses what its format shows.
struct BomWriteOptions
{
    // The date in the title block (HTML, PDF, XLSX): today unless set.
    QDate date = QDate::currentDate();
    // Columns (BomTable::Column) left out of the printed page (PDF, print):
    // the BOM pane's choice. The data formats (CSV, XLSX, JSON) and HTML
    // always hold every column.
    QList<int> hiddenColumns;
};

} // namespace cc
