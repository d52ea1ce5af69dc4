// Calls to step into, over and out of, and places of every kind to print.
struct Person {
    name: String,
    age: u32,
}

fn greet(p: &Person) -> usize {
    let text = format!("Hello, {}!", p.name);
    println!("{}", text);
    text.len()
}

fn older(p: &mut Person, years: u32) {
    p.age += years;
}

fn main() {
    let mut p = Person { name: String::from("Ferris"), age: 7 };
    let v = vec![10, 20, 30];
    let r = &v[1];
    let n = greet(&p);
    older(&mut p, 2);
    let s = String::from("héllo");
    println!("{} {} {} {} {}", n, p.age, r, s.len(), v.len());
}
