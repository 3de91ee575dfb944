/**
 * attache in Spring MVC: {@link dev.attache.spring.boot.autoconfigure.web.AttacheProblemHandler}
 * answers what cannot be accepted with RFC 9457 problems, and the converters bind ids, countries
 * and dates from path variables and request parameters.
 */
package dev.attache.spring.boot.autoconfigure.web;
