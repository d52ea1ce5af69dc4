struct Node { val: i32, left: Option<Box<Node>>, right: Option<Box<Node>> }
fn insert(root: &mut Option<Box<Node>>, v: i32) {
    let mut cur = root;
    while let Some(node) = cur {
        cur = if v < node.val { &mut node.left } else { &mut node.right };
    }
    *cur = Some(Box::new(Node { val: v, left: None, right: None }));
}
fn insert_rec(node: &mut Option<Box<Node>>, v: i32) {
    match node {
        None => *node = Some(Box::new(Node { val: v, left: None, right: None })),
        Some(n) => if v < n.val { insert_rec(&mut n.left, v) } else { insert_rec(&mut n.right, v) },
    }
}
fn sum(node: &Option<Box<Node>>) -> i32 {
    match node { None => 0, Some(n) => n.val + sum(&n.left) + sum(&n.right) }
}
fn depth(node: &Option<Box<Node>>) -> usize {
    if let Some(n) = node { 1 + depth(&n.left).max(depth(&n.right)) } else { 0 }
}
fn min(node: &Option<Box<Node>>) -> Option<i32> {
    let mut cur = node.as_ref()?;
    while let Some(l) = &cur.left { cur = l; }
    Some(cur.val)
}
fn main() {
    let mut root: Option<Box<Node>> = None;
    for v in [5, 3, 8, 1, 4] { insert(&mut root, v); }
    insert_rec(&mut root, 7);
    println!("{} {} {:?}", sum(&root), depth(&root), min(&root));
    if let Some(r) = &mut root { r.val += 100; }
    let taken = root.take();
    println!("{}", taken.is_some());
}
