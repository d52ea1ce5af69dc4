// A borrow of a local stored in a binding annotated `'static` (a reference, or a boxed closure that
// captures by reference) must outlive the body: rustc's E0597 where the local is dropped.
fn plain() {
    let s = String::from("hi");
    let r: &'static str = &s; //~ ERROR E0597
    println!("{}", r);
}

fn boxed() {
    let v = vec![1, 2, 3];
    let f: Box<dyn Fn() -> usize + 'static> = Box::new(|| v.len()); //~ ERROR E0597
    println!("{}", f());
}

fn main() {
    plain();
    boxed();
}
