// What privacy allows: a private item is visible in its module and the modules inside it (`super::`,
// a child reading its parent's private fields), `pub(crate)` and `pub(super)` reach further, trait
// methods are as visible as their trait, and items declared in a function body belong to its module.
mod shapes {
    pub struct Rect {
        pub w: i32,
        h: i32,
    }

    fn area(r: &Rect) -> i32 {
        r.w * r.h
    }

    impl Rect {
        pub fn new(w: i32, h: i32) -> Rect {
            Rect { w, h }
        }

        fn half(&self) -> i32 {
            self.h / 2
        }

        pub fn describe(&self) -> String {
            format!("{}x{} area {} half {}", self.w, self.h, area(self), self.half())
        }
    }

    pub(crate) fn crate_wide() -> i32 {
        40
    }

    pub mod inner {
        pub(super) fn for_parent() -> i32 {
            2
        }

        pub fn peek(r: &super::Rect) -> i32 {
            // A child module sees its ancestors' private items.
            r.h + super::area(r)
        }

        pub mod deeper {
            pub fn up() -> i32 {
                super::super::crate_wide() + crate::shapes::inner::for_parent()
            }
        }
    }

    pub fn use_inner() -> i32 {
        inner::for_parent() + self::inner::deeper::up()
    }

    pub trait Named {
        fn name(&self) -> String;
    }

    impl Named for Rect {
        fn name(&self) -> String {
            String::from("rect")
        }
    }

    pub struct Pair(pub i32, pub i32);
}

use shapes::Named;

fn main() {
    let r = shapes::Rect::new(3, 4);
    println!("{}", r.describe());
    println!("{} {}", r.w, shapes::inner::peek(&r));
    println!("{} {}", shapes::crate_wide(), shapes::use_inner());
    println!("{}", shapes::inner::deeper::up());
    let boxed = Box::new(shapes::Rect::new(5, 6));
    println!("{} {}", boxed.w, boxed.name());
    let p = shapes::Pair(1, 2);
    println!("{}", p.0 + p.1);

    struct Local {
        secret: i32,
    }
    let l = Local { secret: 9 };
    println!("{}", l.secret);
}
