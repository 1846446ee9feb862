#pragma once

#include "app/cli/Command.h"

namespace cc {

// `bom PROJECT.ccproj --format csv|xlsx|pdf|html|json [-o FILE]`: the bill
// of materials of a project in one of BomFormats. The format follows
// --format, else the suffix of -o, else csv; an unknown one is a usage
// error. Text formats go to stdout without -o; binary ones need -o. Exit 1 when the project cannot be read or names parts missing
// from the catalog; warnings do not fail the export.
class BomCommand : public Command
{
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("bom"); }
    QString summary() const override;
    bool needsGui() const override { return true; }

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace cc
