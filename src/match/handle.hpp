// Online account handles in one spelling, so the same account written as a
// profile URL, "@name" or "Name" is found as one.
#pragma once

#include <string>

namespace frontline::match {

// Lower-cased ASCII letters, spaces and tabs removed, without a leading
// "https://", "http://", "www." or "m.", without the site's domain when a
// URL path follows it, without trailing "/" and without a leading "@":
// "https://www.facebook.com/abc/", "facebook.com/abc" and "@abc" all become
// "abc". Empty when nothing is left.
std::string handle_key(const std::string& handle);

}  // namespace frontline::match
