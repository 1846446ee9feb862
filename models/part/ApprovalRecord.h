#pragma once

#include <QString>

namespace cc {

// One approval or declaration with its issuer, standard and certificate.
struct ApprovalRecord
{
    QString kind; // general, ul, marine, declaration
    QString mark;
    QString issuer;
    QString standard;
    QString certificate;
};

} // namespace cc
