#pragma once

#include "app/cli/Command.h"

namespace cc {

// `import-datasheet FILE... [--dry-run] [--overwrite-user-edits]`: imports
// vendor datasheets (text or PDF). Prints per file the part, the number of
// fields read, what was added or changed and each line it could not place.
// Exit codes: 0 success, 1 a file could not be imported (the others still
// are) or the database failed, 2 a usage error.
class ImportCommand : public Command
{
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("import-datasheet"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace cc
