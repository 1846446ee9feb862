#pragma once

#include "app/cli/Command.h"

namespace cc {

// `import-catalog FILE... [--dry-run] [--family NAME] [--manufacturer-pid]
// [--overwrite-user-edits]`: imports catalog feeds (BMEcat 2005 or 1.2,
// plain XML or zipped). Prints per file the catalog, the products read,
// added, changed, unchanged, deleted and skipped (each with its line and
// reason), the values left out, the conflicts and the references left
// unresolved. Each file is one transaction. Exit codes: 0 success, 1 a file
// could not be imported (the others still are) or the database failed,
// 2 a usage error.
class ImportCatalogCommand : public Command
{
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("import-catalog"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace cc
