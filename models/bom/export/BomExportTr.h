#pragma once

#include <QCoreApplication>

namespace cc {

// The translation context of models/bom/export/: every visible text of the module is
// translated through BomExportTr::tr(), so that lupdate and the program agree on
// the context "BomExport".
struct BomExportTr
{
    Q_DECLARE_TR_FUNCTIONS(BomExport)
};

} // namespace cc
