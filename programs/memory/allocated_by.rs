// Which operation allocated each heap block: a macro in a call's argument is the macro's block, a
// block grown by an operator is that operator's growth, a clone's blocks are the clone's.
#[derive(Clone)]
struct Tagged {
    name: String,
    tags: Vec<i32>,
}

fn tags(n: i32) -> Vec<i32> {
    vec![n; 2]
}

fn main() {
    let boxed = Box::new(vec![format!("{}", 7)]);
    let first = Tagged { name: String::from("a"), tags: tags(4) };
    let second = first.clone();
    let shout = second.name.clone() + "!";
    let doubled: Vec<i32> = first.tags.iter().filter(|x| **x > 0).map(|x| x * 2).collect();
    let mut words: Vec<String> = Vec::new();
    words.push("w".to_string());
    println!("{} {} {} {:?} {}", boxed.len(), second.tags.len(), shout, doubled, words.len()); // @dump
}
