#pragma once

#include <QCoreApplication>
#include <QString>

namespace cc {

class AssemblyEditor;

// The configurator's summary of one assembly as HTML: ratings with the
// limiting part, the approvals all parts share, errors, warnings and the
// parts list with quantities ("quantity not stated" where the catalog is
// silent).
class AssemblySummaryHtml
{
public:
    static QString html(const AssemblyEditor &editor);
};

} // namespace cc
