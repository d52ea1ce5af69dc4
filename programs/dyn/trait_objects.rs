// Trait objects: `&dyn Trait`, `&mut dyn Trait`, `Box<dyn Trait>` and `Vec<Box<dyn Trait>>`. Each is a
// fat pointer (data pointer, vtable pointer); a method call reads the method's address from the vtable.
use std::mem::size_of;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
    fn scale(&mut self, k: f64);
}

struct Square {
    side: f64,
}

struct Circle {
    r: f64,
    label: String,
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
    fn scale(&mut self, k: f64) {
        self.side *= k;
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn name(&self) -> String {
        format!("circle {}", self.label)
    }
    fn scale(&mut self, k: f64) {
        self.r *= k;
    }
}

fn describe(s: &dyn Shape) -> String {
    format!("{} has area {:.1}", s.name(), s.area())
}

fn grow(s: &mut dyn Shape) {
    s.scale(2.0);
}

fn largest(shapes: &[Box<dyn Shape>]) -> &dyn Shape {
    let mut best = &shapes[0];
    for s in shapes.iter() {
        if s.area() > best.area() {
            best = s;
        }
    }
    &**best
}

fn make(round: bool) -> Box<dyn Shape> {
    if round {
        Box::new(Circle { r: 1.0, label: String::from("made") })
    } else {
        Box::new(Square { side: 3.0 })
    }
}

struct Scene {
    title: String,
    main: Box<dyn Shape>,
}

fn main() {
    println!("{} {} {}", size_of::<&dyn Shape>(), size_of::<Box<dyn Shape>>(), size_of::<Option<Box<dyn Shape>>>());
    let mut sq = Square { side: 1.5 };
    println!("{}", describe(&sq));
    grow(&mut sq);
    println!("{}", describe(&sq));
    let c = Circle { r: 2.0, label: String::from("c1") };
    let r: &dyn Shape = &c;
    println!("{}", describe(r));

    let mut shapes: Vec<Box<dyn Shape>> = Vec::new();
    shapes.push(Box::new(Square { side: 2.0 }));
    shapes.push(make(true));
    shapes.push(make(false));
    for s in shapes.iter_mut() {
        s.scale(0.5);
    }
    for s in &shapes {
        println!("{}", describe(&**s));
    }
    println!("largest: {}", largest(&shapes).name());

    let scene = Scene { title: String::from("demo"), main: Box::new(Circle { r: 0.5, label: String::from("sun") }) };
    println!("{}: {}", scene.title, scene.main.name());
}
