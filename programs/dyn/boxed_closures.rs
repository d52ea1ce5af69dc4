// Closures behind trait objects: `Box<dyn Fn>`, `Box<dyn FnMut>`, `&dyn Fn`, closures returned in a
// box, a vector of handlers, and a type alias for a long trait object type.
type Handler = Box<dyn Fn(i32) -> i32>;

fn returns_closure() -> Box<dyn Fn(i32) -> i32> {
    Box::new(|x| x + 1)
}

fn returns_initialized_closure(init: i32) -> Handler {
    Box::new(move |x| x + init)
}

fn adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn apply(f: &dyn Fn(i32) -> i32, v: i32) -> i32 {
    f(v)
}

fn run_twice(f: &mut dyn FnMut()) {
    f();
    f();
}

fn pick(double: bool) -> Box<dyn Fn(i32) -> i32> {
    if double {
        Box::new(|x| x * 2)
    } else {
        Box::new(|x| x - 2)
    }
}

struct Button {
    label: String,
    on_click: Box<dyn Fn(&str) -> String>,
}

fn main() {
    let handlers = vec![returns_closure(), returns_initialized_closure(123)];
    for handler in handlers {
        let output = handler(5);
        println!("{output}");
    }
    let add5 = adder(5);
    println!("{}", apply(&add5, 10));
    let greeting = String::from("hello");
    let greet: Box<dyn Fn(&str) -> String> = Box::new(move |name| format!("{greeting}, {name}"));
    println!("{}", greet("world"));
    let mut count = 0;
    run_twice(&mut || count += 1);
    println!("count {count}");
    let mut log: Vec<String> = Vec::new();
    {
        let mut push: Box<dyn FnMut(&str) + '_> = Box::new(|s| log.push(s.to_string()));
        push("a");
        push("b");
    }
    println!("{:?}", log);
    println!("{} {}", pick(true)(7), pick(false)(7));
    let b = Button { label: String::from("ok"), on_click: Box::new(|who| format!("clicked by {who}")) };
    println!("{}: {}", b.label, (b.on_click)("me"));
    let ops: Vec<(&str, Handler)> = vec![("inc", Box::new(|x| x + 1)), ("neg", Box::new(|x| -x))];
    for (name, op) in &ops {
        println!("{name} {}", op(41));
    }
}
