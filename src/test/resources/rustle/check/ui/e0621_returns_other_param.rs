//@ check-fail
// A function may return only data whose lifetime its signature names in the result: returning a
// parameter whose lifetime was elided is E0621, also through a method call or inside an Option.
struct Page { title: String }

impl Page {
    fn title_or<'a>(&'a self, other: &str) -> &'a str {
        if other.is_empty() { &self.title } else { other } //~ ERROR explicit lifetime required in the type of `other`
    }
}

fn pick<'a>(x: &'a str, y: &str) -> &'a str {
    if x.len() > 1 { x } else { y } //~ ERROR E0621
}

fn first<'a>(v: &'a Vec<String>, w: &Vec<String>) -> &'a String {
    &w[0] //~ ERROR E0621
}

fn trimmed<'a>(x: &'a str, y: &str) -> Option<&'a str> {
    if x.is_empty() { return Some(y.trim()); } //~ ERROR E0621
    Some(x)
}

// Accepted: the query is only looked at, the items come from `contents`; a branch coerced to `&str`.
fn search<'a>(query: &str, contents: &'a str) -> Vec<&'a str> {
    contents.lines().filter(|line| line.contains(query)).collect()
}

fn either<'a>(a: &'a String, b: &'a str, c: bool) -> &'a str {
    if c { a } else { b }
}

fn main() {
    let p = Page { title: String::from("t") };
    let v = vec![String::from("v")];
    println!("{} {} {} {:?} {:?} {}", p.title_or("x"), pick("ab", "c"), first(&v, &v), trimmed("a", "b"),
        search("a", "ab\ncd"), either(&p.title, "b", true));
}
