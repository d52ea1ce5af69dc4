// Calling a `dyn Fn*` reached by an explicit deref: `(*boxed)(x)`, `(*v[i])()`, `(*r)(x)`.
fn apply(f: &dyn Fn(i32) -> i32, x: i32) -> i32 { (*f)(x) }
fn bump(g: &mut dyn FnMut() -> u32) -> u32 { (*g)() + (*g)() }
fn main() {
    let fs: Vec<Box<dyn Fn() -> i32>> = vec![Box::new(|| 1), Box::new(|| 20)];
    println!("{}", (*fs[0])() + (*fs[1])());
    let b: Box<dyn Fn(i32) -> i32> = Box::new(|x| x * 3);
    println!("{} {}", (*b)(2), apply(&*b, 5));
    let mut n = 0;
    let mut counter = || { n += 1; n };
    println!("{}", bump(&mut counter));
    let rb = &b;
    println!("{}", (**rb)(7));
}
