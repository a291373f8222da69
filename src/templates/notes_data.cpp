#include "templates/notes_data.h"

#include "templates/data_helpers.h"

namespace ww {

TemplateData notes_data(const std::vector<PageNote>& notes, std::vector<std::string>& texts) {
  TemplateData list = data_list();
  mutable_list(list).reserve(notes.size());
  for (std::size_t i = 0; i < notes.size(); ++i) {
    const PageNote& note = notes[i];
    TemplateData terug = data_list();
    mutable_list(terug).reserve(static_cast<std::size_t>(note.refs > 0 ? note.refs : 0));
    for (int r = 1; r <= note.refs; ++r) {
      TemplateData link;
      put(link, "ref_id", text_data(note.id + "-ref" + (r > 1 ? "-" + std::to_string(r) : "")));
      put(link, "volgnummer", text_data(std::to_string(r)));
      put(link, "eerste", TemplateData(r == 1));
      put(link, "meer", TemplateData(note.refs > 1));
      append(terug, std::move(link));
    }
    TemplateData item;
    put(item, "id", TemplateData(note.id));
    put(item, "nummer", text_data(std::to_string(i + 1)));
    put(item, "uit_kader", TemplateData(!note.kader.empty()));
    put(item, "kader_noot", TemplateData(note.kader));
    put(item, "inhoud", text_data(std::move(texts[i])));
    put(item, "terug", std::move(terug));
    append(list, std::move(item));
  }
  TemplateData root;
  put(root, "noten", std::move(list));
  return root;
}

}  // namespace ww
