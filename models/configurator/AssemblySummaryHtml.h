#pragma once

#include <QCoreApplication>
#include <QString>

namespace cc {

class AssemblyEditor;

// The configurator's summary of one assembly as HTML: ratings with the
// limiting part, the approvals all parts share and the errors. The
// accessories with their quantities and what is left open are the parts
// table's (AssemblyEditor::lines(), warnings()), so that the two never
// disagree.
class AssemblySummaryHtml
{
public:
    static QString html(const AssemblyEditor &editor);
};

} // namespace cc
