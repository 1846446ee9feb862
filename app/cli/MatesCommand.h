#pragma once

#include "app/cli/Command.h"

namespace cc {

// `mates ITEM [--format text|json]`: the catalog's parts that mate with a
// part, and the near misses with their reasons.
class MatesCommand : public Command
{
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("mates"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace cc
