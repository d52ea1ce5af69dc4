// `mem::replace(&mut v[i], x)` returns the element, which cannot borrow v itself: v may be used again
// while the old element lives, also when the elements hold references (rustle said E0499/E0502, taking
// the borrow of v that indexing made for something the element held). A swap of two elements of one
// Vec is still E0499.
fn main() {
    let mut names = vec!["x", "y"];
    let n = std::mem::replace(&mut names[0], "z");
    names.push("w");
    println!("{} {:?}", n, names);
    let mut words = vec![String::from("a"), String::from("b")];
    let w = std::mem::take(&mut words[1]);
    words.push(String::from("c"));
    println!("{} {:?}", w, words);
    let text = String::from("one two");
    let mut parts: Vec<&str> = text.split(' ').collect();
    let first = std::mem::replace(&mut parts[0], "zero");
    parts.push(first);
    println!("{:?}", parts);
}
