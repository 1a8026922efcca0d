package io.shutterport.web.platform;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * The {@code <option>}s of a plain HTML {@code <select>} (the public pages' GET forms), written
 * straight from a list: {@code <sp:options items="#{ui.prefectureOptions}"
 * selected="#{searchPage.prefecture}"/>}.
 *
 * <p>The same list through {@code ui:repeat} evaluated several expressions per option (its value,
 * its label, whether it is the chosen one), and the 47 prefectures made that most of the search
 * page's rendering (docs/benchmarks.md). Labels and values go through the response writer, which
 * escapes them.
 */
@FacesComponent(createTag = true, tagName = "options", namespace = Options.NAMESPACE)
public class Options extends UIComponentBase {
  /** The namespace pages declare for the marketplace's own tags. */
  public static final String NAMESPACE = "https://shutterport.io/faces";

  /**
   * One choice.
   *
   * @param value what the form sends
   * @param label what the visitor reads
   */
  public record Option(String value, String label) {}

  @Override
  public String getFamily() {
    return "io.shutterport.Options";
  }

  @Override
  public boolean getRendersChildren() {
    return true;
  }

  @Override
  public void encodeBegin(FacesContext context) throws IOException {
    @SuppressWarnings("unchecked")
    List<Option> items = (List<Option>) getAttributes().get("items");
    Object chosen = getAttributes().get("selected");
    String selected = chosen == null ? null : chosen.toString();
    ResponseWriter writer = context.getResponseWriter();
    for (Option option : items == null ? List.<Option>of() : items) {
      writer.startElement("option", this);
      writer.writeAttribute("value", option.value(), null);
      if (Objects.equals(option.value(), selected)) {
        writer.writeAttribute("selected", "selected", null);
      }
      writer.writeText(option.label(), null);
      writer.endElement("option");
    }
  }
}
