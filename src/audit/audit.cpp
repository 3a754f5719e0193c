#include "audit/audit.hpp"

#include "util/crypto.hpp"

namespace frontline::audit {
namespace {

void put(std::string& out, const std::string& field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
  out += ';';
}

}  // namespace

const char* outcome_name(Outcome o) {
  switch (o) {
    case Outcome::kOk: return "ok";
    case Outcome::kDenied: return "denied";
    case Outcome::kFailed: return "failed";
  }
  return "failed";
}

std::string compute_hash(const Entry& e) {
  std::string canon;
  canon.reserve(256 + e.detail.size());
  put(canon, std::to_string(e.seq));
  put(canon, format_utc(e.at));
  put(canon, std::to_string(e.actor_id));
  put(canon, e.actor);
  put(canon, e.action);
  put(canon, e.record_type);
  put(canon, e.record_id);
  put(canon, outcome_name(e.outcome));
  put(canon, e.detail);
  put(canon, e.prev_hash);
  return crypto::sha256_hex(canon);
}

bool ChainVerifier::feed(const Entry& e) {
  if (report_.first_broken_seq) {
    return false;
  }
  ++report_.entries;
  std::string problem;
  if (e.seq != expected_seq_) {
    problem = "sequence gap: expected entry " + std::to_string(expected_seq_);
  } else if (e.prev_hash != expected_prev_) {
    problem = "previous-hash link does not match entry " + std::to_string(e.seq - 1);
  } else if (compute_hash(e) != e.hash) {
    problem = "content does not match its hash";
  }
  if (!problem.empty()) {
    report_.first_broken_seq = e.seq;
    report_.problem = std::move(problem);
    return false;
  }
  expected_prev_ = e.hash;
  ++expected_seq_;
  return true;
}

}  // namespace frontline::audit
