#pragma once

#include "app/cli/Command.h"

namespace cc {

// `check A B [--format text|json]`: whether two parts mate, and why.
// Exit 0 mates, 1 does not, 3 unknown, 2 error.
class CheckCommand : public Command
{
public:
    enum { Mates = 0, DoesNotMate = 1, Unknown = 3 };
    using Command::Command;
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace cc
