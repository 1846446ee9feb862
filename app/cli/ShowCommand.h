#pragma once

#include "app/cli/Command.h"

namespace cc {

// `show ITEM [--format text|json]`: a part's whole record.
class ShowCommand : public Command
{
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace cc
