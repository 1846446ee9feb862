#pragma once

#include <QDate>

namespace cc {

// What a bill of materials' writer needs besides the bill itself (the
// project's name is part of the bill). Every writer gets the same options
// and uses what its format shows.
struct BomWriteOptions
{
    // The date in the title block (HTML, PDF, XLSX): today unless set.
    QDate date = QDate::currentDate();
};

} // namespace cc
