package rustle.fuzz;

import java.util.ArrayList;
import java.util.List;

/** Reads a program back into a {@link Code} tree by its braces, so a hand-edited file can be reduced. */
final class Lines {
  private Lines() {}

  static Code parse(String text) {
    List<List<Code>> stack = new ArrayList<>();
    List<String> heads = new ArrayList<>();
    stack.add(new ArrayList<>());
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      int opens = count(line, '{');
      int closes = count(line, '}');
      if (line.endsWith("{") && opens == closes + 1 && !line.startsWith("}")) {
        heads.add(line);
        stack.add(new ArrayList<>());
      } else if (line.startsWith("}") && closes == opens + 1 && stack.size() > 1) {
        List<Code> kids = stack.remove(stack.size() - 1);
        String head = heads.remove(heads.size() - 1);
        stack.get(stack.size() - 1).add(Code.block(head, kids, line));
      } else if (line.startsWith("}") && line.endsWith("{") && stack.size() > 1) {
        stack.get(stack.size() - 1).add(Code.fixed(line));
      } else {
        stack.get(stack.size() - 1).add(line.startsWith("#") ? Code.fixed(line) : Code.line(line));
      }
    }
    return Code.group(stack.get(0));
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(x -> x == c).count();
  }
}
