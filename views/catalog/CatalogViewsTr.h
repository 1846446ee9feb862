#pragma once

#include <QCoreApplication>

namespace cc {

// The translation context of views/catalog/: every visible text of the module is
// translated through CatalogViewsTr::tr(), so that lupdate and the program agree on
// the context "CatalogViews".
struct CatalogViewsTr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogViews)
};

} // namespace cc
