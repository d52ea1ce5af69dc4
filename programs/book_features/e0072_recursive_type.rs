#[derive(Debug)]
struct Node { //~ ERROR E0072
    value: i32,
    next: Option<Node>,
}

struct Tree {
    children: Vec<Tree>,
    parent: Option<Box<Tree>>,
}

fn main() {
    let t = Tree { children: Vec::new(), parent: None };
    println!("{}", t.children.len());
}
