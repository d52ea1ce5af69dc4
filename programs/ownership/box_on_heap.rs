//@ run-pass
// `Box<T>` puts a T on the heap and owns it: the box itself is a pointer on the stack. Moving a box
// moves only the pointer; the heap value stays put and is freed once, when its last owner is dropped.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn sum(list: &Option<Box<Node>>) -> i32 {
    match list {
        Some(node) => node.value + sum(&node.next),
        None => 0,
    }
}

fn main() {
    let b = Box::new(5);
    let c = b; // moves the pointer; `b` is moved-from
    println!("*c + 1 = {}", *c + 1);

    // A recursive type needs the Box: without it, Node would contain itself and have no finite size.
    let list = Some(Box::new(Node {
        value: 1,
        next: Some(Box::new(Node { value: 2, next: None })),
    }));
    println!("sum = {}", sum(&list));
}
