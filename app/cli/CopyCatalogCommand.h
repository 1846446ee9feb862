#pragma once

#include "app/cli/Command.h"

namespace cc {

// `copy-catalog --from A --to B [--replace]`: moves a whole catalog between
// databases of either back end (SQLite file, postgresql:// server), e.g. to
// put a workshop's catalog on the shop's server, or to take a copy home.
class CopyCatalogCommand : public Command
{
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("copy-catalog"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace cc
