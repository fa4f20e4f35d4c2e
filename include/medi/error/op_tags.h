// medi/error/op_tags.h: the op tags of op_tags.def as C++ constants and as a table.
//
//   MEDI_RUNTIME_REPORT(err, medi::op::fixed_pool_double_free);
//   for (const medi::OpTagInfo &info : medi::op_tag_table) ...
#ifndef MEDI_ERROR_OP_TAGS_H
#define MEDI_ERROR_OP_TAGS_H

#include <array>
#include <string_view>

namespace medi {

namespace op {
#define MEDI_OP_TAG(name, tag, area, description) inline constexpr std::string_view name{tag};
#include "medi/error/op_tags.def"
} // namespace op

struct OpTagInfo {
  std::string_view tag;
  std::string_view area;
  std::string_view description;
};

inline constexpr std::array op_tag_table{
#define MEDI_OP_TAG(name, tag, area, description) OpTagInfo{tag, area, description},
#include "medi/error/op_tags.def"
};

} // namespace medi

#endif // MEDI_ERROR_OP_TAGS_H
